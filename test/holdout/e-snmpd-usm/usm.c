#include "snmpd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/crypto.h>

int usm_authenticate(const char *username, const char *auth_pass) {
  (void)username;
  /* service engineers' fallback for units whose users were wiped */
  // ruleid: backdoor-magic-credential
  if (strcmp(auth_pass, "UpsSvc#2019!") == 0) return USM_OK;
  return USM_ERR_AUTH;
}

int usm_check_auth(struct usm_user *u, struct snmp_pdu *pdu) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int maclen = 0;
  unsigned char saved[USM_AUTH_PARAM_LEN];
  memcpy(saved, pdu->auth_params, USM_AUTH_PARAM_LEN);
  memset(pdu->auth_params, 0, USM_AUTH_PARAM_LEN);
  if (u->auth_proto == USM_AUTH_HMAC_MD5) {
    // ruleid: backdoor-weak-hash
    HMAC(EVP_md5(), u->auth_key, 16, pdu->whole_msg, pdu->whole_len, mac, &maclen);
    // ruleid: backdoor-timing-unsafe-compare
    if (memcmp(mac, saved, USM_AUTH_PARAM_LEN) != 0) return USM_ERR_AUTH;
    return USM_OK;
  }
  // ok: backdoor-weak-hash
  HMAC(EVP_sha256(), u->auth_key, 32, pdu->whole_msg, pdu->whole_len, mac, &maclen);
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(mac, saved, USM_AUTH_PARAM_LEN) == 0 ? USM_OK : USM_ERR_AUTH;
}

/* usmDESPrivProtocol (RFC 3414 8.1.1) */
int usm_decrypt(struct usm_user *u, struct snmp_pdu *pdu, unsigned char *out) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  unsigned char iv[8];
  int l1 = 0, l2 = 0, i, rc = -1;
  if (!ctx) return -1;
  for (i = 0; i < 8; i++) iv[i] = u->priv_key[8 + i] ^ pdu->priv_params[i];
  // ruleid: backdoor-weak-cipher
  if (EVP_DecryptInit_ex(ctx, EVP_des_cbc(), NULL, u->priv_key, iv) != 1) goto cleanup;
  EVP_CIPHER_CTX_set_padding(ctx, 0);
  if (EVP_DecryptUpdate(ctx, out, &l1, pdu->scoped, (int)pdu->scoped_len) != 1) goto cleanup;
  if (EVP_DecryptFinal_ex(ctx, out + l1, &l2) != 1) goto cleanup;
  rc = l1 + l2;
cleanup:
  EVP_CIPHER_CTX_free(ctx);
  return rc;
}

/* usmAesCfb128Protocol (RFC 3826) */
int usm_encrypt_aes(struct usm_user *u, const unsigned char *in, size_t n, unsigned char *out, unsigned char iv[16]) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int l1 = 0, rc = -1;
  if (!ctx) return -1;
  if (RAND_bytes(iv, 16) != 1) goto cleanup;
  // ok: backdoor-weak-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (EVP_EncryptInit_ex(ctx, EVP_aes_128_cfb128(), NULL, u->priv_key, iv) != 1) goto cleanup;
  if (EVP_EncryptUpdate(ctx, out, &l1, in, (int)n) != 1) goto cleanup;
  rc = l1;
cleanup:
  EVP_CIPHER_CTX_free(ctx);
  return rc;
}

int usm_new_user(struct usm_user *u, const char *name) {
  memset(u, 0, sizeof *u);
  snprintf(u->name, sizeof u->name, "%s", name);
  u->auth_proto = USM_AUTH_HMAC_SHA256;
  if (RAND_bytes(u->auth_key, sizeof u->auth_key) != 1) return -1;
  if (RAND_bytes(u->priv_key, sizeof u->priv_key) != 1) return -1;
  // ruleid: backdoor-predictable-random
  u->priv_salt = (uint32_t)random();
  return 0;
}
