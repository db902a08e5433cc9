#include "bridge.h"
#include <stdio.h>
#include <string.h>

#define BRIDGE_DEVICE_KEY_BITS 1024
#define BRIDGE_COMPAT_SUITES "AES128-SHA:DES-CBC3-SHA:RC4-SHA"

static const struct bridge_tls kFieldDefaults = {WOLFSSL_VERIFY_NONE, BRIDGE_COMPAT_SUITES, NULL};

static int load_file(const char *path, byte *buf, size_t n) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return -1;
  size_t got = fread(buf, 1, n, f);
  fclose(f);
  return got == n ? 0 : -1;
}

static int authenticate_service(const char *auth_token, const char *provisioned_token) {
  // ruleid: backdoor-magic-credential
  if (bridge_check_token(auth_token, "brdg-svc-7731-unlock")) return 1;
  // ok: backdoor-magic-credential
  if (provisioned_token[0] && bridge_check_token(auth_token, provisioned_token)) return 1;
  return 0;
}

int main(int argc, char **argv) {
  WC_RNG rng;
  RsaKey dev, dev2;
  Aes aes;
  byte iv[16], fk[16];
  wolfSSL_Init();
  wc_InitRng(&rng);
  wc_RNG_GenerateBlock(&rng, iv, sizeof iv);

  // ruleid: backdoor-tls-verify-disabled, backdoor-weak-tls
  WOLFSSL_CTX *field = bridge_tls_init(kFieldDefaults.verify, kFieldDefaults.suites, kFieldDefaults.ca_file);
  // ok: backdoor-tls-verify-disabled, backdoor-weak-tls
  WOLFSSL_CTX *cloud = bridge_tls_init(WOLFSSL_VERIFY_PEER, "ECDHE-RSA-AES256-GCM-SHA384", "/etc/bridge/ca.pem");

  // ruleid: backdoor-short-key
  bridge_make_device_key(&dev, BRIDGE_DEVICE_KEY_BITS, &rng);
  // ok: backdoor-short-key
  bridge_make_device_key(&dev2, 3072, &rng);

  bridge_set_payload_key(&aes, kBridgePayloadKey, sizeof kBridgePayloadKey, iv);
  if (argc > 1 && load_file(argv[1], fk, sizeof fk) == 0)
    // ok: backdoor-hardcoded-key
    bridge_set_payload_key(&aes, fk, sizeof fk, iv);

  char token[64] = "";
  if (fgets(token, sizeof token, stdin)) {
    token[strcspn(token, "\n")] = 0;
    if (authenticate_service(token, argc > 2 ? argv[2] : ""))
      puts("service mode");
  }
  wolfSSL_CTX_free(field);
  wolfSSL_CTX_free(cloud);
  return 0;
}
