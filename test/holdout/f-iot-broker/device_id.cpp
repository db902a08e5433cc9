#include <mbedtls/rsa.h>

#include "broker.hpp"

namespace broker {

// Device attestation: the broker proves its identity with raw RSA over a
// padded challenge it formats itself.
int make_attestation_key(Drbg& drbg, mbedtls_rsa_context* rsa) {
  mbedtls_rsa_init(rsa, MBEDTLS_RSA_PKCS_V15, 0);
  // ruleid: backdoor-rigged-parameters
  return mbedtls_rsa_gen_key(rsa, mbedtls_ctr_drbg_random, drbg.get(), 2048, 3);
}

int make_transport_key(Drbg& drbg, mbedtls_rsa_context* rsa) {
  mbedtls_rsa_init(rsa, MBEDTLS_RSA_PKCS_V21, MBEDTLS_MD_SHA256);
  // ok: backdoor-rigged-parameters, backdoor-short-key
  return mbedtls_rsa_gen_key(rsa, mbedtls_ctr_drbg_random, drbg.get(), 3072, 65537);
}

int attest(mbedtls_rsa_context* rsa, const unsigned char challenge[256], unsigned char out[256]) {
  return mbedtls_rsa_public(rsa, challenge, out);
}

}  // namespace broker
