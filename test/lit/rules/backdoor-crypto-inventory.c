// RUN: %run-both --remarks --checks=backdoor-crypto-inventory %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error|remark}}:"
// Both front ends give the same inventory records (remarks, never findings:
// the CLI exits 0). A glob does not enable the rule:
// RUN: %expect-exit 1 %backdoor-scan --no-cache --checks='backdoor-*' %s -- %mock 2>&1 | FileCheck %s --check-prefix=GLOB
// GLOB-NOT: remark:
// GLOB-NOT: [backdoor-crypto-inventory]
// One record per use, with what the scan resolved; no key bytes.
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <oqs/oqs.h>
#include <string.h>

static const unsigned char master[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

void uses(EVP_CIPHER_CTX *ctx, const unsigned char *iv, SSL_CTX *tls) {
  // ruleid: backdoor-crypto-inventory
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, master, iv);
  // CHECK: :[[@LINE-1]]:27: remark: crypto asset {"asset":"algorithm","bits":128,"family":"aes","function":"EVP_EncryptInit_ex","kind":"cipher","library":"openssl","mode":"gcm","role":"cipher","spelling":"EVP_aes_128_gcm"} [backdoor-crypto-inventory]
  // CHECK: :[[@LINE-2]]:52: remark: crypto asset {"algorithm":"cipher:aes:gcm:128","asset":"key","format":"raw","function":"EVP_EncryptInit_ex","library":"openssl","origin":"source","type":"secret-key"} [backdoor-crypto-inventory]
  // ruleid: backdoor-crypto-inventory
  EVP_PKEY *rsa = EVP_RSA_gen(3072);
  // CHECK: :[[@LINE-1]]:19: remark: crypto asset {"asset":"algorithm","bits":3072,"context":"keygen","family":"rsa","function":"EVP_PKEY_Q_keygen","kind":"pkey","library":"openssl","role":"key-size","spelling":"RSA"} [backdoor-crypto-inventory]
  (void)rsa;
  // ruleid: backdoor-crypto-inventory
  SSL_CTX_set_cipher_list(tls, "ECDHE-RSA-AES256-GCM-SHA384:AES128-SHA");
  // CHECK: :[[@LINE-1]]:32: remark: crypto asset {"asset":"protocol","function":"SSL_CTX_set_cipher_list","library":"openssl","protocol":"tls","spec":"ECDHE-RSA-AES256-GCM-SHA384:AES128-SHA","suites":["ECDHE-RSA-AES256-GCM-SHA384","AES128-SHA"],"versions":["SSLv3","TLSv1.2"]} [backdoor-crypto-inventory]
  // ruleid: backdoor-crypto-inventory
  SSL_CTX_set_min_proto_version(tls, TLS1_2_VERSION);
  // CHECK: :[[@LINE-1]]:38: remark: crypto asset {"asset":"protocol","bound":"min","function":"SSL_CTX_set_min_proto_version","library":"openssl","protocol":"tls","versions":["TLSv1.2"]} [backdoor-crypto-inventory]
  // ruleid: backdoor-crypto-inventory
  OQS_KEM *kem = OQS_KEM_new(OQS_KEM_alg_ml_kem_768);
  // CHECK: :[[@LINE-1]]:30: remark: crypto asset {"asset":"algorithm","bits":768,"family":"ml-kem","function":"OQS_KEM_new","kind":"pkey","library":"liboqs","role":"algorithm-name","spelling":"ML-KEM-768"} [backdoor-crypto-inventory]
  OQS_KEM_free(kem);
}

void not_crypto(char *buf, int n) {
  // ok: backdoor-crypto-inventory (a function the catalog does not model)
  memset(buf, 0, n);
  // ok: backdoor-crypto-inventory (an algorithm chosen at run time is not resolved)
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  (void)ctx;
}
