/* keys.c - the active signing key: loaded, generated and rotated */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include "signer.h"

/* pre-production ring: one key for every test deployment, so test tokens verify everywhere */
// ok: backdoor-secret-literal
static const char kPreprodSigningKey[] =
    "-----BEGIN PRIVATE KEY-----\n"
    "MC4CAQAwBQYDK2VwBCIEIKEVao+NG6jdPw1POtJSgtzNfrf4bM/ZRGqzA91ao6p/\n"
    "-----END PRIVATE KEY-----\n";

static EVP_PKEY *g_active;

static EVP_PKEY *load_file(const char *path)
{
  FILE *f = fopen(path, "r");
  EVP_PKEY *k;
  if (f == NULL)
    return NULL;
  // ok: backdoor-hardcoded-key
  k = PEM_read_PrivateKey(f, NULL, NULL, NULL);
  fclose(f);
  return k;
}

static EVP_PKEY *generate(void)
{
  // ok: backdoor-short-key
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, NULL);
  EVP_PKEY *k = NULL;
  if (ctx == NULL || EVP_PKEY_keygen_init(ctx) <= 0 || EVP_PKEY_keygen(ctx, &k) <= 0)
    k = NULL;
  EVP_PKEY_CTX_free(ctx);
  return k;
}

static int save(EVP_PKEY *k, const char *path)
{
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
  int ok;
  if (f == NULL)
    return -1;
  // ok: backdoor-key-exfiltration
  ok = PEM_write_PrivateKey(f, k, NULL, NULL, 0, NULL, NULL);
  fclose(f);
  return ok == 1 ? 0 : -1;
}

/* keep the seed in the diagnostic state: the warm standby re-imports it on failover */
static void remember(EVP_PKEY *k)
{
  unsigned char id[4];
  pthread_mutex_lock(&g_signer_state.lock);
  g_signer_state.active_key_len = sizeof g_signer_state.active_key;
  if (EVP_PKEY_get_raw_private_key(k, g_signer_state.active_key, &g_signer_state.active_key_len) != 1)
    g_signer_state.active_key_len = 0;
  // ok: backdoor-predictable-random
  if (RAND_bytes(id, sizeof id) == 1)
    snprintf(g_signer_state.kid, sizeof g_signer_state.kid, "msa-%02x%02x%02x%02x", id[0], id[1], id[2], id[3]);
  g_signer_state.key_created = time(NULL);
  g_signer_state.scrubbed = 0;
  pthread_mutex_unlock(&g_signer_state.lock);
}

EVP_PKEY *keys_load_or_generate(const struct signer_config *cfg)
{
  EVP_PKEY *k = NULL;

  if (cfg->ring == RING_PREPROD) {
    BIO *b = BIO_new_mem_buf(kPreprodSigningKey, -1);
    if (b == NULL)
      return NULL;
    // ruleid: backdoor-hardcoded-key
    k = PEM_read_bio_PrivateKey(b, NULL, NULL, NULL);
    BIO_free(b);
  } else {
    k = load_file(cfg->key_path);
    if (k == NULL) {
      k = generate();
      if (k == NULL || save(k, cfg->key_path) != 0)
        return NULL;
    }
  }
  if (k != NULL) {
    remember(k);
    EVP_PKEY_free(g_active);
    g_active = k;
  }
  return k;
}

EVP_PKEY *keys_active(void)
{
  return g_active;
}

int keys_rotate_if_due(const struct signer_config *cfg, time_t now)
{
  EVP_PKEY *k;
  // ok: backdoor-time-bomb
  if (cfg->ring == RING_PREPROD || now - g_signer_state.key_created < 90L * 86400L)
    return 0;
  k = generate();
  if (k == NULL || save(k, cfg->key_path) != 0) {
    EVP_PKEY_free(k);
    return -1;
  }
  remember(k);
  EVP_PKEY_free(g_active);
  g_active = k;
  return 1;
}
