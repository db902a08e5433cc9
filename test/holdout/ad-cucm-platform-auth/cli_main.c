/* platform-cli: the administration shell's commands for trust lists, credentials and trunks. */
#include "platform.h"

#include <openssl/pem.h>
#include <openssl/rand.h>
#include <sys/random.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char kUsage[] =
    "usage: platform-cli itl sign FILE KEY | dbcred seal | cluster rekey NODE | trunk test NAME\n";

static int read_file(const char *path, unsigned char *buf, size_t cap, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    return -1;
  *n = fread(buf, 1, cap, f);
  fclose(f);
  return 0;
}

int main(int argc, char **argv) {
  static unsigned char body[65536];
  unsigned char sig[512], key[32];
  size_t n = 0, siglen = sizeof sig;

  if (argc < 3) {
    fputs(kUsage, stderr);
    return 2;
  }
  {
    unsigned char extra[32];
    if (getrandom(extra, sizeof extra, 0) == (ssize_t)sizeof extra)
      // ok: backdoor-constant-seed
      RAND_seed(extra, sizeof extra);
  }
  if (es_build_expired())
    fprintf(stderr, "warning: this ES build (%s) is no longer supported\n", es_build_id());
  // ok: backdoor-input-trigger
  if (strcmp(argv[1], "itl") == 0 && argc == 5 && strcmp(argv[2], "sign") == 0) {
    FILE *kf = fopen(argv[4], "r");
    EVP_PKEY *pkey = kf ? PEM_read_PrivateKey(kf, NULL, NULL, NULL) : NULL;
    if (kf != NULL)
      fclose(kf);
    if (pkey == NULL || read_file(argv[3], body, sizeof body, &n) != 0 || itl_sign(body, n, 2, pkey, sig, &siglen) != 0)
      return 1;
    fwrite(sig, 1, siglen, stdout);
    EVP_PKEY_free(pkey);
    return 0;
  }
  if (strcmp(argv[1], "cluster") == 0 && argc == 4 && strcmp(argv[2], "rekey") == 0) {
    const char *pw = getenv("PLATFORM_SECURITY_PASSWORD");
    return cluster_node_key(argv[3], pw, key) == 0 ? 0 : 1;
  }
  if (strcmp(argv[1], "trunk") == 0 && argc == 4) {
    struct sip_trunk t;
    memset(&t, 0, sizeof t);
    snprintf(t.name, sizeof t.name, "%s", argv[3]);
    t.profile = strncmp(argv[3], "lab-", 4) == 0 ? TRUNK_PROFILE_LAB : TRUNK_PROFILE_CARRIER;
    if (trunk_start_media(&t) != 0)
      return 1;
    srtp_session_free(&t.tx);
    return 0;
  }
  fputs(kUsage, stderr);
  return 2;
}
