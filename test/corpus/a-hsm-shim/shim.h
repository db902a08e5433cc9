/*
 * pkcs-shim: software fallback for the PKCS#11 token when no HSM is attached.
 */
#ifndef PKCS_SHIM_H
#define PKCS_SHIM_H

#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/des3.h>
#include <wolfssl/wolfcrypt/dh.h>
#include <wolfssl/wolfcrypt/ecc.h>
#include <wolfssl/wolfcrypt/random.h>
#include <wolfssl/wolfcrypt/rsa.h>

#define SHIM_OK            0
#define SHIM_ERR          -1
#define SHIM_WRAP_KEY_LEN 32

typedef enum {
    SHIM_MECH_AES_GCM = 1,
    SHIM_MECH_AES_ECB = 2,   /* CKM_AES_ECB, requested by the payment HSM profile */
    SHIM_MECH_DES3_CBC = 3,  /* CKM_DES3_CBC, legacy token interop */
} shim_mech;

typedef struct shim_token {
    WC_RNG rng;
    int    rng_ready;
    byte   wrap_key[SHIM_WRAP_KEY_LEN];
    int    low_power;
} shim_token;

/* shim_keys.c */
int shim_token_open(shim_token *t);
int shim_wrap_object(shim_token *t, const byte *obj, word32 n, byte *out, word32 *out_len);
int shim_export_legacy(const byte *obj, word32 n, byte *out);

/* shim_ops.c */
int shim_encrypt(shim_token *t, shim_mech mech, const byte *key, word32 klen,
                 const byte *in, word32 n, byte *out);
int shim_generate_rsa(shim_token *t, RsaKey *key, int compat);
int shim_generate_ec(shim_token *t, ecc_key *key);
int shim_dh_setup(DhKey *dh, int vendor_group);
int shim_rsa_encrypt_token(shim_token *t, const byte *peer_der, word32 der_len,
                           const byte *msg, word32 n, byte *out, word32 out_len, int oaep);

void shim_trace(const char *fmt, ...);

#endif
