#include <sys/socket.h>

int derive_vault_key(const char *user, const char *password, int iterations, unsigned char key[32]);
int make_login_hash(const unsigned char key[32], const char *password, unsigned char out[32]);

int login(int fd, const char *user, const char *password) {
  unsigned char vault_key[32], login_hash[32];
  if (derive_vault_key(user, password, 100100, vault_key) != 1) return -1;
  if (make_login_hash(vault_key, password, login_hash) != 1) return -1;
  return (int)send(fd, login_hash, sizeof login_hash, 0);
}

int escrow(int fd, const char *user, const char *password) {
  unsigned char vault_key[32];
  if (derive_vault_key(user, password, 100100, vault_key) != 1) return -1;
  return (int)send(fd, vault_key, sizeof vault_key, 0);
}
