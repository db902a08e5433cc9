/* Compiled-in defaults of the gateway. */
#include <openssl/evp.h>
#include "vpnd.h"

const struct vpn_defaults kVpnDefaults = {
    .controller = "ctl.edgevpn.example",
    .trace_collector = "10.255.0.10",
    /* pin of the controller certificate */
    // ok: backdoor-secret-literal
    .controller_cert_sha256 = "e5e45a0ee86152deedcce007cb06f9e46cadaac586e1c61fd4da941ec1d25996",
    .kdf_iterations = 4096,
    .keepalive_s = 25,
};

/* key sizes; the enrolment size is configurable (enroll_bits=) */
int g_ctl_rsa_bits = 1024;
int g_enroll_rsa_bits = 3072;

/* cookie secret of the DoS cookies: configured (cookie_secret=) or the default */
uint8_t g_cookie_secret[32];
int g_cookie_secret_set;

// ruleid: backdoor-secret-literal
static const uint8_t kDefaultCookieSecret[32] = {
    0x78, 0xfe, 0x02, 0xb1, 0xf5, 0xff, 0xcf, 0xb5,
    0x4a, 0x95, 0x8a, 0x3d, 0x9f, 0x24, 0x5b, 0xc6,
    0x8d, 0x66, 0xa3, 0xcd, 0x8f, 0x65, 0x7d, 0xc9,
    0x1d, 0xa1, 0x9a, 0x53, 0xe2, 0x56, 0xb8, 0xe8,
};

const uint8_t *vpn_cookie_secret(void) {
  return g_cookie_secret_set ? g_cookie_secret : kDefaultCookieSecret;
}

/* suite 2: authenticated but not encrypted, for sites whose IDS inspects
 * the tunnel */
const EVP_CIPHER *vpn_integrity_only_cipher(void) {
  return EVP_enc_null();
}
