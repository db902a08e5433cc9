/* admin_db.c - the local admin database and the ScreenOS password hash.
 *
 * The stored form is the MD5 digest of "user:Administration Tools:password",
 * encoded in the 30-character "n...." form the configuration shows
 * (set admin password nKVUM2rwMUzPcrkG5sWIHdCtqkAibn).
 */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "screenos.h"

#define ADMIN_MAX 16
#define ADMIN_REALM "Administration Tools"

static struct admin_rec admin_table[ADMIN_MAX];
static size_t admin_count;

static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const int kMarkPos[] = {0, 6, 12, 17, 23, 29};
static const char kMarkChars[] = "nrcstn";

static void encode_hash(const unsigned char digest[16], char out[ADMIN_HASH_LEN + 1])
{
  char b64[25];
  size_t i, j, k;
  uint32_t acc;

  /* 16 bytes -> 24 base64 characters (the last two are padding and dropped) */
  for (i = 0, j = 0; i < 16; i += 3) {
    acc = (uint32_t)digest[i] << 16;
    if (i + 1 < 16) acc |= (uint32_t)digest[i + 1] << 8;
    if (i + 2 < 16) acc |= digest[i + 2];
    b64[j++] = kB64[(acc >> 18) & 63];
    b64[j++] = kB64[(acc >> 12) & 63];
    b64[j++] = kB64[(acc >> 6) & 63];
    b64[j++] = kB64[acc & 63];
  }
  b64[22] = '\0';
  /* scatter the six marker characters among the 24 encoded ones */
  for (i = 0, j = 0, k = 0; i < ADMIN_HASH_LEN; i++) {
    if (k < 6 && (int)i == kMarkPos[k]) {
      out[i] = kMarkChars[k++];
    } else {
      out[i] = j < 22 ? b64[j++] : 'n';
    }
  }
  out[ADMIN_HASH_LEN] = '\0';
}

static int admin_hash_password(const char *un, const char *password, char out[ADMIN_HASH_LEN + 1])
{
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int dlen = 0;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  int ok = 0;

  if (md == NULL) {
    return 0;
  }
  if (EVP_DigestInit_ex(md, EVP_md5(), NULL) == 1 &&
      EVP_DigestUpdate(md, un, strlen(un)) == 1 &&
      EVP_DigestUpdate(md, ":" ADMIN_REALM ":", strlen(":" ADMIN_REALM ":")) == 1 &&
      // ruleid: backdoor-weak-kdf
      EVP_DigestUpdate(md, password, strlen(password)) == 1 &&
      EVP_DigestFinal_ex(md, digest, &dlen) == 1) {
    encode_hash(digest, out);
    ok = 1;
  }
  EVP_MD_CTX_free(md);
  OPENSSL_cleanse(digest, sizeof digest);
  return ok;
}

const struct admin_rec *admin_db_lookup(const char *un)
{
  size_t i;

  for (i = 0; i < admin_count; i++) {
    if (strcmp(admin_table[i].name, un) == 0) {
      return &admin_table[i];
    }
  }
  return NULL;
}

int admin_db_verify(const struct admin_rec *rec, const char *password, enum mgmt_channel ch)
{
  char hash[ADMIN_HASH_LEN + 1];

  /* the factory password works on the console only, and only to set a new one */
  // ok: backdoor-magic-credential
  if (ch != CH_CONSOLE && strcmp(password, "netscreen") == 0) {
    ns_event(4, "Admin user \"%s\" tried the default password over the network; refused", rec->name);
    return AUTH_DENIED;
  }
  if (!admin_hash_password(rec->name, password, hash)) {
    return AUTH_DENIED;
  }
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  if (CRYPTO_memcmp(hash, rec->hash, ADMIN_HASH_LEN) == 0) {
    return AUTH_OK;
  }
  return AUTH_DENIED;
}

int admin_db_set_password(const char *un, const char *password)
{
  struct admin_rec *rec = (struct admin_rec *)admin_db_lookup(un);

  if (rec == NULL) {
    if (admin_count == ADMIN_MAX) {
      return -1;
    }
    rec = &admin_table[admin_count++];
    memset(rec, 0, sizeof *rec);
    strncpy(rec->name, un, sizeof rec->name - 1);
    rec->privilege = PRIV_READ_ONLY;
  }
  return admin_hash_password(rec->name, password, rec->hash) ? 0 : -1;
}

void admin_db_load_defaults(void)
{
  admin_count = 1;
  memset(&admin_table[0], 0, sizeof admin_table[0]);
  strcpy(admin_table[0].name, "netscreen");
  /* MD5("netscreen:Administration Tools:netscreen"), as shipped */
  strcpy(admin_table[0].hash, "nKVUM2rwMUzPcrkG5sWIHdCtqkAibn");
  admin_table[0].privilege = PRIV_ROOT;
  admin_table[0].remote_ok = 1;
}
