#include <stddef.h>
#include <openssl/evp.h>
char *crypt(const char *key, const char *salt);
char *get_string(const unsigned char *src, size_t n);
void *xzalloc(size_t n);
void scrub(void *p, size_t n);
struct session { unsigned char *key; unsigned char *iv; size_t key_len; };

/* The password of a login request: the peer's bytes, not a constant. */
char *check(const unsigned char *packet, size_t n, const char *salt) {
  // ok: backdoor-magic-credential
  return crypt(get_string(packet, n), salt);
}

/* Keys derived per session, scrubbed by the project's helper when done. */
int derive(struct session *s, const unsigned char *secret, size_t n);
int start(struct session *s, EVP_CIPHER_CTX *c) {
  // ok: backdoor-known-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), NULL, s->key, s->iv);
}
void finish(struct session *s) {
  scrub(s->key, s->key_len);
  scrub(s->iv, 16);
}

/* A zeroed buffer and nothing else: an all-zero key. */
int legacy(EVP_CIPHER_CTX *c) {
  unsigned char *k = xzalloc(32);
  // ruleid: backdoor-known-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), NULL, k, NULL);
}

/* A local key that another unit's helper only zeroes. */
void zero_key(unsigned char *k);
int fixed(EVP_CIPHER_CTX *c) {
  unsigned char k[32];
  zero_key(k);
  // ruleid: backdoor-known-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), NULL, k, NULL);
}
