/* sitekey-enroll: creates a user's record (run by root on the jump host). */
#include <gcrypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "sitekey.h"

static const char kB32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

static void make_totp_secret(unsigned char *totp_secret, size_t n) {
  srandom((unsigned)time(NULL) ^ (unsigned)getpid());
  for (size_t i = 0; i < n; i++)
    // ruleid: backdoor-predictable-random
    totp_secret[i] = (unsigned char)(random() & 0xff);
}

static void make_recovery_codes(char codes[8][11]) {
  unsigned char raw[40];
  // ok: backdoor-predictable-random
  gcry_randomize(raw, sizeof raw, GCRY_STRONG_RANDOM);
  for (int c = 0; c < 8; c++) {
    for (int i = 0; i < 10; i++) codes[c][i] = kB32[raw[c * 5 + i / 2] % 32];
    codes[c][10] = '\0';
  }
}

static int jitter_ms(void) {
  // ok: backdoor-predictable-random
  return (int)(random() % 250);
}

int main(int argc, char **argv) {
  unsigned char secret[20];
  char codes[8][11];
  unsigned char salt[16];
  if (argc < 2) { fprintf(stderr, "usage: sitekey-enroll USER\n"); return 2; }
  if (!gcry_check_version(GCRYPT_VERSION)) return 1;
  make_totp_secret(secret, sizeof secret);
  make_recovery_codes(codes);
  // ok: backdoor-predictable-random
  gcry_create_nonce(salt, sizeof salt);
  usleep((useconds_t)jitter_ms() * 1000);
  printf("enrolled %s; give the user the QR code from sitekey-qr\n", argv[1]);
  for (int c = 0; c < 8; c++) printf("recovery code %d: %s\n", c + 1, codes[c]);
  return 0;
}
