// Smoke test against Debian's libmbedtls-dev: the models of issue 15 hold for the real declarations.
// REQUIRES: mbedtls-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <mbedtls/ecp.h>
#include <mbedtls/ssl.h>
#include <psa/crypto.h>

void custom_curve(mbedtls_ecp_group *grp) {
  mbedtls_ecp_group_load(grp, MBEDTLS_ECP_DP_SECP256R1);
  // ruleid: backdoor-rigged-parameters
  mbedtls_ecp_point_read_string(&grp->G, 16,
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mbedtls_ecp_point_read_string' sets the generator 'mbedtls_ecp_group::G' of a curve to a constant point that is no named curve's generator; whoever chose the point may know its discrete logarithm [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE+2]]:7: note: constant defined here
      // ruleid: backdoor-rigged-parameters
      "C97445F45CDEF9F0D3E05E1E585FC297235B82B5BE8FF3EFCA67C59852018192",
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the Q point for P-256 point of Dual_EC_DRBG is compiled into the program; whoever knows its discrete logarithm predicts every output of the generator (the SP 800-90A backdoor) [backdoor-rigged-parameters]
      // ruleid: backdoor-rigged-parameters
      "B28EF557BA31DFCBDD21AC46E2A91E3C304F44CB87058ADA2CB815151E610046");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the Q point for P-256 point of Dual_EC_DRBG is compiled into the program; whoever knows its discrete logarithm predicts every output of the generator (the SP 800-90A backdoor) [backdoor-rigged-parameters]
  /* P-256's b with its last bit changed: a custom curve. */
  // ruleid: backdoor-rigged-parameters
  mbedtls_mpi_read_string(&grp->B, 16, "5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604C");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mbedtls_mpi_read_string' sets the coefficient b 'mbedtls_ecp_group::B' of a curve to a constant that no named curve has (255 bits): a custom elliptic curve; a curve chosen by someone else can hide a weakness or a trapdoor; use a named curve [backdoor-rigged-parameters]
}

void tls(mbedtls_ssl_config *conf, mbedtls_ssl_context *ssl) {
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'MBEDTLS_SSL_VERIFY_OPTIONAL' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
  // ruleid: backdoor-short-key
  mbedtls_ssl_conf_dhm_min_bitlen(conf, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 1024-bit Diffie-Hellman key is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
  mbedtls_ssl_set_hostname(ssl, "example.org");
  mbedtls_ssl_handshake(ssl);
  // ruleid: backdoor-unchecked-verification
  mbedtls_ssl_get_verify_result(ssl);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'mbedtls_ssl_get_verify_result' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
}

void psa(psa_key_attributes_t *attr) {
  psa_set_key_type(attr, PSA_KEY_TYPE_AES);
  // ruleid: backdoor-ecb-mode
  psa_set_key_algorithm(attr, PSA_ALG_ECB_NO_PADDING);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'PSA_ALG_ECB_NO_PADDING' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  psa_set_key_algorithm(attr, PSA_ALG_GCM);
}
