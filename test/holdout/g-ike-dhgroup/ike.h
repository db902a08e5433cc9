/* IKE daemon: key exchange helpers. */
#ifndef IKE_H
#define IKE_H
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/rsa.h>

/* ike_dh.c */
DH *ike_dh_new(int group);

/* ike_ec.c */
EC_GROUP *ike_ecp256_group(void);
EC_GROUP *ike_ecp256_accel_group(void);
RSA *ike_auth_key_new(void);
int ike_auth_sign(RSA *rsa, const unsigned char *digest, unsigned char *sig);
#endif
