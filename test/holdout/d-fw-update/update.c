#include "fw.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <mbedtls/aes.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/rsa.h>
#include <mbedtls/sha256.h>

static mbedtls_ctr_drbg_context g_drbg;
static mbedtls_entropy_context g_entropy;

static int rng_init_rev_a(void) {
  mbedtls_ctr_drbg_init(&g_drbg);
  // ruleid: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(&g_drbg, board_entropy, NULL, (const unsigned char *)"fw-upd", 6);
}

static int rng_init(void) {
  mbedtls_ctr_drbg_init(&g_drbg);
  mbedtls_entropy_init(&g_entropy);
  mbedtls_entropy_add_source(&g_entropy, board_hw_entropy, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG);
  // ok: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(&g_drbg, mbedtls_entropy_func, &g_entropy, (const unsigned char *)"fw-upd", 6);
}

static int decrypt_body_v2(struct fw_packet *p, const unsigned char *dev_key, unsigned char *plain) {
  mbedtls_aes_context aes;
  unsigned char iv[16];
  mbedtls_aes_init(&aes);
  // ok: backdoor-hardcoded-key
  mbedtls_aes_setkey_dec(&aes, dev_key, 256);
  memcpy(iv, p->hdr, sizeof iv);
  // ok: backdoor-hardcoded-iv
  int rc = mbedtls_aes_crypt_cbc(&aes, MBEDTLS_AES_DECRYPT, p->body_len, iv, p->body, plain);
  mbedtls_aes_free(&aes);
  return rc;
}

static int decrypt_body(struct fw_packet *p, unsigned char *plain) {
  mbedtls_aes_context aes;
  unsigned char iv[16];
  mbedtls_aes_init(&aes);
  // ruleid: backdoor-hardcoded-key
  mbedtls_aes_setkey_dec(&aes, fw_aes_key, 128);
  memcpy(iv, fw_cbc_iv, sizeof iv);
  // ruleid: backdoor-hardcoded-iv
  int rc = mbedtls_aes_crypt_cbc(&aes, MBEDTLS_AES_DECRYPT, p->body_len, iv, p->body, plain);
  mbedtls_aes_free(&aes);
  return rc;
}

static int body_mac_ok(const struct fw_packet *p, const unsigned char *mac_key) {
  unsigned char calc_mac[32];
  mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), mac_key, 32, p->body, p->body_len, calc_mac);
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(calc_mac, p->mac, sizeof calc_mac) == 0;
}

static int header_is_current(const struct fw_packet *p) {
  // ok: backdoor-timing-unsafe-compare
  return memcmp(p->hdr, "GWFW-0003", 9) == 0;
}

static int verify_image(const struct fw_cfg *cfg, mbedtls_pk_context *pk, const struct fw_packet *p) {
  unsigned char hash[32];
  mbedtls_sha256_ret(p->body, p->body_len, hash, 0);
  // ruleid: backdoor-hidden-bypass
  if (getenv("FW_DEV_UNLOCK")) return 0;
  // ruleid: backdoor-weak-hash
  if (mbedtls_pk_verify(pk, cfg->sig_md, hash, 0, p->sig, p->sig_len) != 0)
    return -1;
  return 0;
}

static int verify_image_async(mbedtls_pk_context *pk, const struct fw_packet *p) {
  unsigned char hash[32];
  mbedtls_sha256_ret(p->body, p->body_len, hash, 0);
  // ruleid: backdoor-unchecked-verification
  mbedtls_pk_verify(pk, MBEDTLS_MD_SHA256, hash, 0, p->sig, p->sig_len);
  return 0;
}

static int verify_image_strict(mbedtls_pk_context *pk, const struct fw_packet *p) {
  unsigned char hash[32];
  mbedtls_sha256_ret(p->body, p->body_len, hash, 0);
  // ok: backdoor-hidden-bypass
  if (getenv("FW_REQUIRE_V3") && p->hdr[8] != '3') return -1;
  // ok: backdoor-unchecked-verification, backdoor-weak-hash
  return mbedtls_pk_verify(pk, MBEDTLS_MD_SHA256, hash, 0, p->sig, p->sig_len) == 0 ? 0 : -1;
}

static int make_attestation_key(mbedtls_rsa_context *rsa) {
  mbedtls_rsa_init(rsa, MBEDTLS_RSA_PKCS_V21, MBEDTLS_MD_SHA256);
  // ok: backdoor-short-key
  return mbedtls_rsa_gen_key(rsa, mbedtls_ctr_drbg_random, &g_drbg, 3072, 65537);
}

static int make_device_key(const struct fw_cfg *cfg, mbedtls_rsa_context *rsa) {
  mbedtls_rsa_init(rsa, MBEDTLS_RSA_PKCS_V21, MBEDTLS_MD_SHA256);
  // ruleid: backdoor-short-key
  return mbedtls_rsa_gen_key(rsa, mbedtls_ctr_drbg_random, &g_drbg, cfg->rsa_bits, 65537);
}

int main(int argc, char **argv) {
  struct fw_cfg cfg;
  static struct fw_packet pkt;
  static unsigned char plain[4096];
  mbedtls_pk_context pk;
  mbedtls_rsa_context rsa;
  mbedtls_ssl_context ssl;
  mbedtls_ssl_config conf;
  load_defaults(&cfg);
  if (fread(&pkt, 1, sizeof pkt, stdin) != sizeof pkt)
    return 1;
  if (argc > 1 && strcmp(argv[1], "--rev-a") == 0)
    rng_init_rev_a();
  else
    rng_init();
  mbedtls_pk_init(&pk);
  mbedtls_ssl_init(&ssl);
  mbedtls_ssl_config_init(&conf);
  fw_tls_open(&cfg, &ssl, &conf);
  fw_tls_open_strict(&ssl, &conf, cfg.server);
  if (!header_is_current(&pkt))
    return 1;
  decrypt_body(&pkt, plain);
  if (argc > 2)
    decrypt_body_v2(&pkt, (const unsigned char *)argv[2], plain);
  body_mac_ok(&pkt, plain);
  verify_image(&cfg, &pk, &pkt);
  verify_image_async(&pk, &pkt);
  verify_image_strict(&pk, &pkt);
  make_device_key(&cfg, &rsa);
  make_attestation_key(&rsa);
  return 0;
}
