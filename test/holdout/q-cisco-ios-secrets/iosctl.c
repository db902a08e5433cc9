/* iosctl.c - offline helper: hash a secret for a configuration, verify a
 * secret against a configuration line, checksum an archived configuration. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "secrets.h"

static const char kUsage[] =
    "usage: iosctl hash <4|5|8|9> <secret>\n"
    "       iosctl encode7 <password>\n"
    "       iosctl verify <config-file> <username> <secret>\n"
    "       iosctl archive-sum <config-file>\n";

static int load_users(const char *path, struct local_user *users, size_t cap, size_t *count)
{
  char line[512];
  FILE *fp = fopen(path, "r");

  *count = 0;
  if (fp == NULL) {
    return -1;
  }
  while (fgets(line, sizeof line, fp) != NULL && *count < cap) {
    struct local_user *u = &users[*count];
    char kind[16];
    memset(u, 0, sizeof *u);
    if (sscanf(line, "username %32s privilege %d %15s %d %127s", u->name, &u->privilege, kind, &u->type,
               u->secret) == 5 ||
        (u->privilege = 1, sscanf(line, "username %32s %15s %d %127s", u->name, kind, &u->type, u->secret) == 4)) {
      (*count)++;
    }
  }
  fclose(fp);
  return 0;
}

static int archive_sum(const char *path)
{
  unsigned char buf[4096], digest[EVP_MAX_MD_SIZE];
  unsigned int dlen = 0, i;
  size_t n;
  EVP_MD_CTX *ctx;
  FILE *fp = fopen(path, "rb");

  if (fp == NULL || (ctx = EVP_MD_CTX_new()) == NULL) {
    if (fp != NULL) {
      fclose(fp);
    }
    return 1;
  }
  EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
  while ((n = fread(buf, 1, sizeof buf, fp)) > 0) {
    /* the configuration text, passwords already hashed or type 7 */
    // ok: backdoor-weak-kdf
    EVP_DigestUpdate(ctx, buf, n);
  }
  fclose(fp);
  EVP_DigestFinal_ex(ctx, digest, &dlen);
  EVP_MD_CTX_free(ctx);
  for (i = 0; i < dlen; i++) {
    printf("%02x", digest[i]);
  }
  printf("  %s\n", path);
  return 0;
}

int main(int argc, char **argv)
{
  char out[SECRET_TEXT_MAX];

  if (argc == 4 && strcmp(argv[1], "hash") == 0) {
    int rc = -1;
    switch (atoi(argv[2])) {
    case 4: rc = secret_type4_make(argv[3], out); break;
    case 5: rc = secret_type5_make(argv[3], out); break;
    case 8: rc = secret_type8_make(argv[3], out); break;
    case 9: rc = secret_type9_make(argv[3], out); break;
    default: break;
    }
    if (rc != 0) {
      return 1;
    }
    printf("secret %s %s\n", argv[2], out);
    return 0;
  }
  if (argc == 3 && strcmp(argv[1], "encode7") == 0) {
    if (secret_type7_encode(argv[2], out, sizeof out) != 0) {
      return 1;
    }
    printf("password 7 %s\n", out);
    return 0;
  }
  if (argc == 5 && strcmp(argv[1], "verify") == 0) {
    struct local_user users[64];
    size_t n;
    int priv;
    if (load_users(argv[2], users, 64, &n) != 0) {
      return 1;
    }
    priv = aaa_local_authenticate(users, n, argv[3], argv[4]);
    printf(priv >= 0 ? "accepted, privilege %d\n" : "rejected\n", priv);
    return priv >= 0 ? 0 : 1;
  }
  if (argc == 3 && strcmp(argv[1], "archive-sum") == 0) {
    return archive_sum(argv[2]);
  }
  fputs(kUsage, stderr);
  return 2;
}
