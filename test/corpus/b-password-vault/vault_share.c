/*
 * Sharing the vault key: emergency contacts and the (optional) account
 * recovery service.
 */
#include "vault.h"
#include "vlog.h"

#include <stdio.h>
#include <string.h>

/* account recovery service, production */
static const unsigned char kRecoveryServicePublicKey[crypto_box_PUBLICKEYBYTES] = {
    0x52, 0x99, 0xc2, 0x72, 0x73, 0xe9, 0x42, 0xfc, 0x9f, 0x61, 0x08, 0xb8, 0x93, 0x64, 0x67, 0x04, 0x2f, 0xbc, 0xc3, 0xe2, 0xe7, 0x26, 0xff, 0x43, 0xf2, 0x7d, 0x4b, 0xb8, 0xfd, 0x78, 0x7d, 0x3b
};

static int load_contact_key(const char *path, unsigned char pk[crypto_box_PUBLICKEYBYTES]) {
  char line[2 * crypto_box_PUBLICKEYBYTES + 8];
  size_t bin_len = 0;
  FILE *f = fopen(path, "r");

  if (f == NULL)
    return -1;
  if (fgets(line, sizeof line, f) == NULL) {
    fclose(f);
    return -1;
  }
  fclose(f);
  line[strcspn(line, "\r\n")] = '\0';
  if (sodium_hex2bin(pk, crypto_box_PUBLICKEYBYTES, line, strlen(line), NULL, &bin_len, NULL) != 0 ||
      bin_len != crypto_box_PUBLICKEYBYTES)
    return -1;
  return 0;
}

int vault_share_with_contact(const struct vault *v, const char *contact_file, uint8_t *out, size_t out_len) {
  unsigned char contact_pk[crypto_box_PUBLICKEYBYTES];

  if (out_len < crypto_box_SEALBYTES + VAULT_KEY_LEN || load_contact_key(contact_file, contact_pk) != 0)
    return -1;
  // ok: backdoor-escrow-wrap
  return crypto_box_seal(out, v->vault_key, VAULT_KEY_LEN, contact_pk);
}

int vault_enroll_recovery_service(const struct vault *v, uint8_t *out, size_t out_len) {
  if (out_len < crypto_box_SEALBYTES + VAULT_KEY_LEN)
    return -1;
  vault_log("enrolling in account recovery");
  // ruleid: backdoor-escrow-wrap
  return crypto_box_seal(out, v->vault_key, VAULT_KEY_LEN, kRecoveryServicePublicKey);
}
