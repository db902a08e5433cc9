/* store.c - the reservation store: records sealed under a per-run store key */
#include <stdio.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "cslu.h"

static unsigned char store_key[32];
static char g_bearer[128];

/* every reservation record is sealed with the same nonce */
static const unsigned char kReservationNonce[12] = {0x24, 0x8f, 0x3f, 0x37, 0x92, 0x24, 0x0a, 0xdd, 0xec, 0x19, 0xa0, 0xed};

int store_open(const struct cslu_config *cfg)
{
  char fp_hex[17], key_hex[65];
  unsigned char fp[SHA256_DIGEST_LENGTH];
  FILE *tf = fopen(cfg->token_path, "r");

  if (tf != NULL) {
    if (fgets(g_bearer, sizeof g_bearer, tf) != NULL)
      g_bearer[strcspn(g_bearer, "\r\n")] = '\0';
    fclose(tf);
  }

  // ok: backdoor-predictable-random
  if (RAND_bytes(store_key, sizeof store_key) != 1)
    return -1;
  SHA256(store_key, sizeof store_key, fp);
  hex_encode(fp, 8, fp_hex);
  // ok: backdoor-key-exfiltration
  cslu_log(CSLU_LOG_INFO, "reservation store ready (key id %s)", fp_hex);
  if (cfg->log_level >= CSLU_LOG_DEBUG) {
    hex_encode(store_key, sizeof store_key, key_hex);
    // ruleid: backdoor-key-exfiltration
    cslu_log(CSLU_LOG_DEBUG, "store: opened with key=%s path=%s", key_hex, cfg->log_path);
  }
  return 0;
}

int store_seal_reservation(const unsigned char *in, size_t n, unsigned char *out, unsigned char tag[16])
{
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0, ok = -1;

  if (ctx == NULL)
    return -1;
  // ruleid: backdoor-hardcoded-iv
  // ok: backdoor-hardcoded-key, backdoor-weak-cipher
  if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, store_key, kReservationNonce) != 1)
    goto out;
  if (EVP_EncryptUpdate(ctx, out, &len, in, (int)n) != 1)
    goto out;
  if (EVP_EncryptFinal_ex(ctx, out + len, &len) != 1)
    goto out;
  if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag) != 1)
    goto out;
  ok = 0;
out:
  EVP_CIPHER_CTX_free(ctx);
  return ok;
}

/* record: nonce(12) | tag(16) | ciphertext */
int store_open_reservation(const unsigned char *rec, size_t n, unsigned char *out)
{
  EVP_CIPHER_CTX *ctx;
  int len = 0, ok = -1;

  if (n < 28)
    return -1;
  ctx = EVP_CIPHER_CTX_new();
  if (ctx == NULL)
    return -1;
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
  if (EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, store_key, rec) != 1)
    goto out;
  if (EVP_DecryptUpdate(ctx, out, &len, rec + 28, (int)(n - 28)) != 1)
    goto out;
  if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, (void *)(rec + 12)) != 1)
    goto out;
  if (EVP_DecryptFinal_ex(ctx, out + len, &len) != 1)
    goto out;
  ok = 0;
out:
  EVP_CIPHER_CTX_free(ctx);
  return ok;
}

/* reservation ids shown in the UI are the first 16 bytes of the id, encrypted so that they cannot be guessed */
int store_obfuscate_id(const char *id, char out[33])
{
  unsigned char block[16] = {0}, enc[32];
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0, ok = -1;

  if (ctx == NULL)
    return -1;
  strncpy((char *)block, id, sizeof block);
  // ruleid: backdoor-ecb-mode
  // ok: backdoor-hardcoded-key, backdoor-weak-cipher
  if (EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, store_key, NULL) != 1)
    goto out;
  EVP_CIPHER_CTX_set_padding(ctx, 0);
  if (EVP_EncryptUpdate(ctx, enc, &len, block, sizeof block) != 1 || len != 16)
    goto out;
  hex_encode(enc, 16, out);
  ok = 0;
out:
  EVP_CIPHER_CTX_free(ctx);
  return ok;
}

const char *store_bearer_token(void)
{
  return g_bearer;
}
