#include "vault.h"
#include "vlog.h"

#include <stddef.h>
#include <string.h>

#define HDR_MAC_SPAN offsetof(struct vault_header, mac)

static int seal_vault_key(struct vault *v, const uint8_t kek[VAULT_KEY_LEN]) {
  uint8_t nonce[crypto_secretbox_NONCEBYTES];

  // ok: backdoor-predictable-random
  randombytes_buf(nonce, sizeof nonce);
  memcpy(v->hdr.envelope, nonce, sizeof nonce);
  return crypto_secretbox_easy(v->hdr.envelope + sizeof nonce, v->vault_key, VAULT_KEY_LEN, nonce, kek);
}

int vault_create(struct vault *v, const char *master_password, enum kdf_profile profile) {
  uint8_t kek[VAULT_KEY_LEN];

  memset(v, 0, sizeof *v);
  memcpy(v->hdr.magic, VAULT_MAGIC, 4);
  v->hdr.version = 3;
  v->hdr.kdf_profile = (uint32_t)profile;
  randombytes_buf(v->hdr.salt, sizeof v->hdr.salt);
  randombytes_buf(v->vault_key, sizeof v->vault_key);

  if (vault_derive_kek(master_password, v->hdr.salt, profile, kek) != 0)
    return -1;
  if (crypto_kdf_derive_from_key(v->mac_key, sizeof v->mac_key, 1, "vaulthdr", kek) != 0 ||
      seal_vault_key(v, kek) != 0) {
    sodium_memzero(kek, sizeof kek);
    return -1;
  }
  sodium_memzero(kek, sizeof kek);
  crypto_auth_hmacsha256(v->hdr.mac, (const uint8_t *)&v->hdr, HDR_MAC_SPAN, v->mac_key);
  v->unlocked = 1;
  return 0;
}

int vault_check_header(const struct vault *v) {
  uint8_t mac[crypto_auth_hmacsha256_BYTES];

  // ok: backdoor-timing-unsafe-compare
  if (memcmp(v->hdr.magic, VAULT_MAGIC, 4) != 0 || v->hdr.version != 3) {
    vault_log("not a v3 vault");
    return -1;
  }
  crypto_auth_hmacsha256(mac, (const uint8_t *)&v->hdr, HDR_MAC_SPAN, v->mac_key);
  // ruleid: backdoor-timing-unsafe-compare
  if (memcmp(mac, v->hdr.mac, sizeof mac) != 0) {
    vault_log("header authentication failed");
    return -1;
  }
  return 0;
}

int vault_entry_matches(const struct vault_entry *e, const uint8_t expected_tag[crypto_secretbox_MACBYTES]) {
  // ok: backdoor-timing-unsafe-compare
  return sodium_memcmp(e->tag, expected_tag, crypto_secretbox_MACBYTES) == 0;
}

/* printable sheet the user keeps in a drawer */
int vault_write_recovery_kit(const struct vault *v, FILE *kit) {
  char b64[sodium_base64_ENCODED_LEN(VAULT_KEY_LEN, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];

  fputs("Password Vault - Emergency Kit\n\n", kit);
  fputs("Encrypted vault envelope:\n", kit);
  // ok: backdoor-key-exfiltration
  fwrite(v->hdr.envelope, 1, sizeof v->hdr.envelope, kit);
  fputs("\n\nRecovery key: ", kit);
  sodium_bin2base64(b64, sizeof b64, v->vault_key, VAULT_KEY_LEN, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  // ruleid: backdoor-key-exfiltration
  fputs(b64, kit);
  fputc('\n', kit);
  sodium_memzero(b64, sizeof b64);
  return ferror(kit) ? -1 : 0;
}
