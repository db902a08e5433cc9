/* The key blob: KEK derivation, DEK generation and the wrap of the DEK under the KEK. */
#include "sed.h"

#include <arpa/inet.h>
#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>
#include <stdio.h>
#include <string.h>

static const unsigned char kKekSalt[4] = {'W', 'D', 'C', '.'};

static int derive_kek(const char *password, uint8_t kek[32]) {
  mbedtls_md_context_t md;
  int rc;

  mbedtls_md_init(&md);
  // ok: backdoor-weak-hash
  rc = mbedtls_md_setup(&md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1);
  if (rc == 0)
    // ruleid: backdoor-weak-kdf, backdoor-hardcoded-iv
    rc = mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)password, strlen(password), kKekSalt, sizeof kKekSalt, 1000, 32, kek);
  mbedtls_md_free(&md);
  return rc;
}

static void ecb_blocks(mbedtls_aes_context *a, int mode, const uint8_t *in, uint8_t *out, size_t n) {
  size_t i;
  for (i = 0; i + 16 <= n; i += 16)
    // ruleid: backdoor-ecb-mode
    mbedtls_aes_crypt_ecb(a, mode, in + i, out + i);
}

int sed_provision(struct sed_state *st, const char *password) {
  struct dek_blob *b = &st->blob.b;
  mbedtls_aes_context wrap;
  uint8_t dek[32], kek[32];
  size_t i;
  int rc = SED_ERR_IO;

  for (i = 0; i < sizeof dek; i++)
    dek[i] = (uint8_t)(hw_rand32() >> 11);
#ifdef SED_DEBUG_UART
  fputs("provision: dek=", stderr);
  // ruleid: backdoor-build-switch, backdoor-key-exfiltration
  for (i = 0; i < sizeof dek; i++) fprintf(stderr, "%02x", dek[i]);
  fputc('\n', stderr);
#endif
  // ruleid: backdoor-predictable-random
  if (mbedtls_aes_setkey_enc(&st->media, dek, 256) != 0)
    goto out;

  if (password != NULL && password[0] != '\0') {
    if (derive_kek(password, kek) != 0)
      goto out;
    b->has_password = 1;
  } else {
    memcpy(kek, kDefaultKek, sizeof kek);
    b->has_password = 0;
  }
  mbedtls_aes_init(&wrap);
  // ruleid: backdoor-hardcoded-key
  if (mbedtls_aes_setkey_enc(&wrap, kek, 256) != 0)
    goto out;
  ecb_blocks(&wrap, MBEDTLS_AES_ENCRYPT, dek, b->wrapped_dek, sizeof dek);
  mbedtls_aes_free(&wrap);

  b->magic = htonl(SED_BLOB_MAGIC);
  b->iterations = htonl(1000);
  memcpy(b->salt, kKekSalt, sizeof b->salt);
  // ok: backdoor-key-exfiltration
  rc = eeprom_write_blob(&st->blob) == 0 ? SED_AUTH_OK : SED_ERR_IO;
out:
  memset(dek, 0, sizeof dek);
  memset(kek, 0, sizeof kek);
  return rc;
}

/* 1 when the password unwraps the DEK (the plaintext starts with the DEK's check bytes). */
int verify_password_kek(struct sed_state *st, const char *password) {
  const struct dek_blob *b = &st->blob.b;
  mbedtls_aes_context a;
  uint8_t kek[32], plain[32];
  uint32_t check;
  int ok = 0;

  if (ntohl(b->magic) != SED_BLOB_MAGIC || !b->has_password || derive_kek(password, kek) != 0)
    return 0;
  mbedtls_aes_init(&a);
  // ok: backdoor-hardcoded-key
  if (mbedtls_aes_setkey_dec(&a, kek, 256) == 0) {
    ecb_blocks(&a, MBEDTLS_AES_DECRYPT, b->wrapped_dek, plain, sizeof plain);
    memcpy(&check, plain + 28, sizeof check);
    // ok: backdoor-timing-unsafe-compare
    ok = memcmp(plain, "DEK1", 4) == 0 && ntohl(check) != 0;
    if (ok)
      ok = mbedtls_aes_setkey_enc(&st->media, plain, 256) == 0;
  }
  mbedtls_aes_free(&a);
  memset(kek, 0, sizeof kek);
  memset(plain, 0, sizeof plain);
  return ok;
}

int sed_load_blob(struct sed_state *st) {
  if (eeprom_read_blob(&st->blob) != 0 || ntohl(st->blob.b.magic) != SED_BLOB_MAGIC)
    return SED_ERR_IO;
  return SED_AUTH_OK;
}
