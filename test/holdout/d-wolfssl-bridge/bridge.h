/* wolfssl-bridge: MQTT-to-cloud bridge for field sensors (wolfSSL). */
#ifndef BRIDGE_H
#define BRIDGE_H
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/random.h>
#include <wolfssl/wolfcrypt/rsa.h>

extern const byte kBridgePayloadKey[16];

struct bridge_tls {
  int verify;
  const char *suites;
  const char *ca_file;
};

WOLFSSL_CTX *bridge_tls_init(int verify_mode, const char *suites, const char *ca_file);
int bridge_make_device_key(RsaKey *key, int bits, WC_RNG *rng);
int bridge_set_payload_key(Aes *aes, const byte *k, word32 len, const byte *iv);
int bridge_check_token(const char *token, const char *stored);
#endif
