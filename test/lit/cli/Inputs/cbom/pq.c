// Post-quantum: liboqs and OpenSSL 3.5 names.
#include <oqs/oqs.h>
#include <openssl/evp.h>

void pq(void) {
  OQS_KEM *kem = OQS_KEM_new(OQS_KEM_alg_ml_kem_768);
  OQS_SIG *sig = OQS_SIG_new(OQS_SIG_alg_ml_dsa_65);
  EVP_PKEY *k = EVP_PKEY_Q_keygen(NULL, NULL, "ML-DSA-87");
  (void)kem, (void)sig, (void)k;
}
