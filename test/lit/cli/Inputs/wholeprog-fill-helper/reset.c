#include <string.h>
#include <openssl/evp.h>

void fill_alnum(char *out, int n);
void fill_urandom(char *out, int n);

struct reset_record {
  char user[32];
  char reset_token[33];
  char csrf_token[33];
};

void reset_issue(struct reset_record *rec, const char *user) {
  strncpy(rec->user, user, sizeof rec->user - 1);
  fill_alnum(rec->reset_token, 32);
  fill_urandom(rec->csrf_token, 32);
}

void guest(struct reset_record *rec) {
  fill_alnum(rec->user, 8);
}

void fill_bytes(void *buf, int n);

int derive(const char *pw, unsigned char *key) {
  unsigned char salt[16];
  fill_bytes(salt, sizeof salt);
  return PKCS5_PBKDF2_HMAC_SHA1(pw, (int)strlen(pw), salt, sizeof salt, 600000, 32, key);
}
