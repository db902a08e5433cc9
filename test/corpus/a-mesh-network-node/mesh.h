/* meshd - wireless mesh node daemon: key agreement */
#ifndef MESHD_MESH_H
#define MESHD_MESH_H

#include <stddef.h>
#include <stdint.h>

#include <openssl/ec.h>
#include <openssl/evp.h>

enum mesh_role {
    MESH_ROLE_ROUTER = 0,
    MESH_ROLE_LEAF = 1,      /* battery sensor nodes */
    MESH_ROLE_GATEWAY = 2,
};

struct mesh_node {
    enum mesh_role role;
    int            use_mesh_curve;   /* "curve = meshnet-256" in meshd.conf */
    EC_GROUP      *group;
    EC_KEY        *identity;
};

/* curves.c */
EC_GROUP *mesh_curve_group(BN_CTX *ctx);
EC_GROUP *mesh_p256_explicit(BN_CTX *ctx);
EC_GROUP *mesh_p256_fast_generator(BN_CTX *ctx);
EC_POINT *mesh_drbg_q_point(const EC_GROUP *p256, BN_CTX *ctx);

/* mesh_keys.c */
int mesh_node_init(struct mesh_node *n);
EVP_PKEY *mesh_ephemeral_x25519(void);

void mesh_log(const char *fmt, ...);

#endif
