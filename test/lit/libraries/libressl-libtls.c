// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: libressl tls-verify
// coverage: libressl tls-versions
#include <stdint.h>
/* LibreSSL's libtls (tls.h): real signatures. */
struct tls_config;
#define TLS_PROTOCOL_TLSv1_0 (1 << 1)
#define TLS_PROTOCOL_TLSv1_1 (1 << 2)
#define TLS_PROTOCOL_TLSv1_2 (1 << 3)
#define TLS_PROTOCOL_TLSv1_3 (1 << 4)
#define TLS_PROTOCOLS_DEFAULT (TLS_PROTOCOL_TLSv1_2 | TLS_PROTOCOL_TLSv1_3)
void tls_config_insecure_noverifycert(struct tls_config *config);
void tls_config_insecure_noverifyname(struct tls_config *config);
void tls_config_verify(struct tls_config *config);
int tls_config_set_protocols(struct tls_config *config, uint32_t protocols);

void lax(struct tls_config *cfg) {
  // ruleid: backdoor-tls-verify-disabled
  tls_config_insecure_noverifycert(cfg);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'tls_config_insecure_noverifycert' turns off certificate verification, so anyone on the path can impersonate the server [backdoor-tls-verify-disabled]
  // ruleid: backdoor-tls-verify-disabled
  tls_config_insecure_noverifyname(cfg);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'tls_config_insecure_noverifyname' turns off the host-name check, so any valid certificate for another site is accepted [backdoor-tls-verify-disabled]
  // ruleid: backdoor-weak-tls
  tls_config_set_protocols(cfg, TLS_PROTOCOL_TLSv1_0 | TLS_PROTOCOL_TLSv1_1 | TLS_PROTOCOL_TLSv1_2);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'TLS_PROTOCOL_TLSv1_0' enables TLS 1.0 or TLS 1.1, deprecated protocol versions (RFC 8996) [backdoor-weak-tls]
}

void strict(struct tls_config *cfg) {
  // ok: backdoor-tls-verify-disabled
  tls_config_verify(cfg);
  // ok: backdoor-weak-tls
  tls_config_set_protocols(cfg, TLS_PROTOCOLS_DEFAULT);
  // ok: backdoor-weak-tls
  tls_config_set_protocols(cfg, TLS_PROTOCOL_TLSv1_3);
}
