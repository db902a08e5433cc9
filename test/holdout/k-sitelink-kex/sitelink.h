/* sitelinkd: site-to-site link daemon (control channel over TLS, data
 * channel keyed by its own Diffie-Hellman exchange). */
#ifndef SITELINK_H
#define SITELINK_H

#include <stddef.h>
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/ec.h>

#define SL_GROUP_MODP14 14u
#define SL_GROUP_FE01 0xfe01u /* private-use group number */

/* Control-channel suites: DHE so that the link group is used, plus what the
 * 2014 appliances still negotiate. */
#define SL_CONTROL_CIPHERS \
    "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-SHA:EDH-RSA-DES-CBC3-SHA"

#define SL_CURVE_P384 1
#define SL_CURVE_SLC1 2 /* the vendor's "SiteLink Curve 1" */

struct sl_config {
    unsigned group;
    int curve;
    char peer[256];
    unsigned short port;
    char cert[256];
    char key[256];
};

/* groups.c */
BIGNUM *sl_vendor_group_prime(void);
EC_GROUP *sl_curve_slc1(BN_CTX *bn);
EC_GROUP *sl_curve_p384_explicit(BN_CTX *bn);
extern const unsigned char sl_boot_seed[32];

/* kex.c */
DH *sl_dh_group14(void);
DH *sl_dh_vendor(void);
int sl_dh_agree(DH *dh, const unsigned char *peer_pub, size_t peer_len,
                unsigned char *pub_out, size_t *pub_len,
                unsigned char *secret, size_t *secret_len);
EC_KEY *sl_ec_ephemeral(int curve);
int sl_derive_data_keys(const unsigned char *z, size_t zlen,
                        unsigned char tx[32], unsigned char rx[32]);

#endif
