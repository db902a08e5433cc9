/*
 * Node identity keys and ephemeral key agreement.
 */
#include <stdarg.h>
#include <stdio.h>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>

#include "mesh.h"

void mesh_log(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("meshd: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static EC_KEY *identity_for_role(enum mesh_role role)
{
    switch (role) {
    case MESH_ROLE_LEAF:
        /* leaf radios have 2 KB of key storage */
        // ruleid: backdoor-short-key
        return EC_KEY_new_by_curve_name(NID_secp112r1);
    case MESH_ROLE_GATEWAY:
        // ok: backdoor-short-key
        return EC_KEY_new_by_curve_name(NID_secp384r1);
    case MESH_ROLE_ROUTER:
    default:
        // ok: backdoor-short-key
        return EC_KEY_new_by_curve_name(NID_X9_62_prime256v1);
    }
}

int mesh_node_init(struct mesh_node *n)
{
    BN_CTX *ctx = BN_CTX_new();

    if (!ctx)
        return -1;
    if (n->use_mesh_curve)
        n->group = mesh_curve_group(ctx);
    else if (n->role == MESH_ROLE_LEAF)
        // ruleid: backdoor-short-key
        n->group = EC_GROUP_new_by_curve_name(NID_secp160r1);
    else
        // ok: backdoor-short-key
        n->group = EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1);
    BN_CTX_free(ctx);
    if (!n->group)
        return -1;

    n->identity = identity_for_role(n->role);
    if (!n->identity || EC_KEY_generate_key(n->identity) != 1) {
        mesh_log("identity key generation failed");
        return -1;
    }
    return 0;
}

EVP_PKEY *mesh_ephemeral_x25519(void)
{
    // ok: backdoor-short-key
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, NULL);
    EVP_PKEY *pkey = NULL;

    if (pctx && EVP_PKEY_keygen_init(pctx) == 1)
        EVP_PKEY_keygen(pctx, &pkey);
    EVP_PKEY_CTX_free(pctx);
    return pkey;
}
