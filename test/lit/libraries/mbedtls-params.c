// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: mbedtls tls-verify
// coverage: mbedtls unchecked-verification
// coverage: mbedtls rigged-parameters
// coverage: mbedtls key-size
#include <mbedtls/ssl.h>
#include <mbedtls/ecp.h>

/* Curve groups filled field by field: P-256's own values pass; a changed b, a foreign
   prime and a foreign generator (here Dual_EC_DRBG's Q) are custom curves. */
void custom_group(mbedtls_ecp_group *grp) {
  // ok: backdoor-rigged-parameters
  mbedtls_mpi_read_string(&grp->P, 16, "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF");
  // ok: backdoor-rigged-parameters
  mbedtls_mpi_read_string(&grp->B, 16, "5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B");
  /* P-256's b with its last bit flipped. */
  // ruleid: backdoor-rigged-parameters
  mbedtls_mpi_read_string(&grp->B, 16, "5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604C");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mbedtls_mpi_read_string' sets the coefficient b 'mbedtls_ecp_group::B' of a curve to a constant that no named curve has (255 bits): a custom elliptic curve; a curve chosen by someone else can hide a weakness or a trapdoor; use a named curve [backdoor-rigged-parameters]
  // ruleid: backdoor-rigged-parameters
  mbedtls_mpi_read_string(&grp->P, 16, "C8E0F4326BFDF522439D622E753A2F2D513B848294219337BF1630B829998521");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mbedtls_mpi_read_string' sets the prime 'mbedtls_ecp_group::P' of a curve to a constant that no named curve has (256 bits): a custom elliptic curve; a curve chosen by someone else can hide a weakness or a trapdoor; use a named curve [backdoor-rigged-parameters]
}

void dual_ec_like_generator(mbedtls_ecp_group *grp) {
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
}

void standard_generator(mbedtls_ecp_group *grp) {
  // ok: backdoor-rigged-parameters
  mbedtls_ecp_point_read_string(&grp->G, 16,
      "6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296",
      "4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5");
}

void optional_ignored(mbedtls_ssl_config *conf, mbedtls_ssl_context *ssl) {
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'MBEDTLS_SSL_VERIFY_OPTIONAL' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
  mbedtls_ssl_set_hostname(ssl, "example.org");
  mbedtls_ssl_handshake(ssl);
  // ruleid: backdoor-unchecked-verification
  mbedtls_ssl_get_verify_result(ssl);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'mbedtls_ssl_get_verify_result' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
}

void dhm_floor(mbedtls_ssl_config *conf, int legacy) {
  // ruleid: backdoor-short-key
  mbedtls_ssl_conf_dhm_min_bitlen(conf, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 1024-bit Diffie-Hellman key is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-short-key
  mbedtls_ssl_conf_dhm_min_bitlen(conf, legacy ? 2048 : 3072);
}

void required(mbedtls_ssl_config *conf) {
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
}

int pk_checked(mbedtls_pk_context *pk, const unsigned char *h, const unsigned char *sig, size_t n) {
  // ok: backdoor-unchecked-verification
  return mbedtls_pk_verify(pk, MBEDTLS_MD_SHA256, h, 32, sig, n) == 0;
}
