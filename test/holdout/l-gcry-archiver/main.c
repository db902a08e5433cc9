/* sarc create [--compat] ARCHIVE FILE | sarc open ARCHIVE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <gcrypt.h>

#include "archive.h"

static int read_passphrase(char *buf, size_t cap)
{
  struct termios t, saved;
  int tty = tcgetattr(STDIN_FILENO, &t) == 0;

  fputs("passphrase: ", stderr);
  if (tty) {
    saved = t;
    t.c_lflag &= ~(tcflag_t)ECHO;
    tcsetattr(STDIN_FILENO, TCSANOW, &t);
  }
  if (fgets(buf, (int)cap, stdin) == NULL)
    buf[0] = '\0';
  if (tty)
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
  buf[strcspn(buf, "\n")] = '\0';
  fputc('\n', stderr);
  return buf[0] != '\0' ? 0 : -1;
}

static unsigned char *slurp(const char *path, size_t *n)
{
  FILE *f = fopen(path, "rb");
  unsigned char *b = NULL;
  long len;

  if (f == NULL)
    return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) > 0 && fseek(f, 0, SEEK_SET) == 0 &&
      (b = malloc((size_t)len)) != NULL)
    *n = fread(b, 1, (size_t)len, f);
  fclose(f);
  return b;
}

static int create(const char *archive, const char *file, int compat)
{
  struct arch_header hdr = {{'S', 'A', 'R', 'C'}, 2, {0}, ARCH_KDF_ITERATIONS};
  unsigned char key[ARCH_KEY_LEN], id[16];
  char pass[256], idhex[33];
  size_t n = 0;
  unsigned char *data = slurp(file, &n);
  FILE *out;
  int rc;

  if (data == NULL || read_passphrase(pass, sizeof pass) != 0)
    return 1;
  gcry_randomize(hdr.salt, sizeof hdr.salt, GCRY_STRONG_RANDOM);
  // ruleid: backdoor-weak-kdf
  if (arch_derive_key(pass, hdr.salt, ARCH_KDF_ITERATIONS, key) != 0)
    return 1;
  if ((out = fopen(archive, "wb")) == NULL)
    return 1;
  hdr.version = compat ? 1 : 2;
  fwrite(&hdr, sizeof hdr, 1, out);
  if (compat)
    // ruleid: backdoor-weak-cipher, backdoor-weak-hash
    rc = arch_seal(&arch_formats[ARCH_FMT_V1], key, data, n, out);
  else
    // ok: backdoor-weak-cipher, backdoor-weak-hash, backdoor-ecb-mode
    rc = arch_seal(&arch_formats[ARCH_FMT_V2], key, data, n, out);
  fclose(out);
  if (rc == 0 && arch_chunk_id(key, data, n, id) == 0) {
    for (size_t i = 0; i < sizeof id; i++)
      snprintf(idhex + 2 * i, 3, "%02x", id[i]);
    // ok: backdoor-key-exfiltration
    printf("%s: chunk %s\n", archive, idhex);
  }
  free(data);
  return rc == 0 ? 0 : 1;
}

static int show(const char *archive)
{
  struct arch_header hdr;
  unsigned char key[ARCH_KEY_LEN];
  char pass[256];
  FILE *in = fopen(archive, "rb");
  int rc = 1;

  if (in == NULL)
    return 1;
  if (fread(&hdr, sizeof hdr, 1, in) == 1 && memcmp(hdr.magic, "SARC", 4) == 0 &&
      read_passphrase(pass, sizeof pass) == 0) {
    if (hdr.version == 0)
      rc = arch_key_from_passphrase_v0(pass, key);
    else
      // ok: backdoor-weak-kdf
      rc = arch_derive_key(pass, hdr.salt, hdr.kdf_iterations, key);
    if (rc == 0)
      printf("%s: format %u, %u PBKDF2 rounds\n", archive, hdr.version, hdr.kdf_iterations);
  }
  fclose(in);
  return rc == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
  if (!gcry_check_version(GCRYPT_VERSION))
    return 2;
  gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
  if (argc >= 4 && strcmp(argv[1], "create") == 0) {
    int compat = strcmp(argv[2], "--compat") == 0;
    if (compat && argc < 5)
      return 2;
    return create(argv[2 + compat], argv[3 + compat], compat);
  }
  if (argc == 3 && strcmp(argv[1], "open") == 0)
    return show(argv[2]);
  fprintf(stderr, "usage: sarc create [--compat] ARCHIVE FILE | sarc open ARCHIVE\n");
  return 2;
}
