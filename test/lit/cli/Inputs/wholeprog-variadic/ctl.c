int volume_unlock(const char *pass, const unsigned char *salt, unsigned char *key);
int ctl_unlock(const char *pass, const unsigned char *salt) {
  unsigned char key[32];
  return volume_unlock(pass, salt, key);
}
