/* keylog.c: TLS session secrets of the management link, in the NSS key
 * log format, for the support engineers' Wireshark. */
#include "acs.h"

#include <stdio.h>

int mgmt_export_keys(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen,
                     size_t keylen, size_t ivlen, const unsigned char client_random[32],
                     const unsigned char server_random[32], mbedtls_tls_prf_types prf_type) {
  FILE *f = fopen("/data/support/mgmt-tls.keys", "a");
  (void)p;
  (void)kb;
  (void)maclen;
  (void)keylen;
  (void)ivlen;
  (void)server_random;
  (void)prf_type;
  if (f == NULL)
    return 0;
  fprintf(f, "CLIENT_RANDOM ");
  for (int i = 0; i < 32; i++)
    fprintf(f, "%02x", client_random[i]);
  fprintf(f, " ");
  for (int i = 0; i < 48; i++)
    fprintf(f, "%02x", ms[i]);
  fprintf(f, "\n");
  fclose(f);
  return 0;
}
