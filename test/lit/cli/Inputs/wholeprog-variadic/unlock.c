#include <gcrypt.h>
#include <string.h>
void Log(const char *fmt, ...);
static void to_hex(const unsigned char *in, int n, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (int i = 0; i < n; i++) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 15];
  }
  out[2 * n] = '\0';
}
/* Derives the volume key into the caller's buffer and logs it: one leak,
   reported here, not again at the caller that hands the buffer in. */
int volume_unlock(const char *pass, const unsigned char *salt, unsigned char *key) {
  char hex[65];
  if (gcry_kdf_derive(pass, strlen(pass), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, 16, 600000, 32, key) != 0)
    return -1;
  to_hex(key, 32, hex);
  Log("volume key %s", hex);
  return 0;
}
