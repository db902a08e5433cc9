/* Host keys: loaded from HostKey files, generated on first start. */
#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sshd.h"

static EVP_PKEY *generate_host_key(const char *path) {
  EVP_PKEY *key = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)3072);
  if (key == NULL)
    return NULL;
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
  if (f != NULL) {
    // ok: backdoor-key-exfiltration
    PEM_write_PrivateKey(f, key, NULL, NULL, 0, NULL, NULL);
    fclose(f);
  } else if (fd >= 0) {
    close(fd);
  }
  return key;
}

static void log_fingerprint(const EVP_PKEY *key, const char *path) {
  unsigned char *der = NULL, md[32];
  unsigned char b64[64];
  int n = i2d_PUBKEY(key, &der);
  if (n <= 0)
    return;
  // ok: backdoor-weak-hash
  EVP_Digest(der, (size_t)n, md, NULL, EVP_sha256(), NULL);
  OPENSSL_free(der);
  EVP_EncodeBlock(b64, md, sizeof md);
  // ok: backdoor-key-exfiltration
  logit("Server host key %s: SHA256:%s", path, b64);
}

EVP_PKEY *sshd_load_host_key(const char *path) {
  EVP_PKEY *key = NULL;
  FILE *f = fopen(path, "r");
  if (f != NULL) {
    // ok: backdoor-hardcoded-key
    key = PEM_read_PrivateKey(f, NULL, NULL, NULL);
    fclose(f);
  }
  if (key == NULL)
    key = generate_host_key(path);
  if (key == NULL)
    return NULL;
  log_fingerprint(key, path);
  stats_report_hostkey(key, path);
  return key;
}
