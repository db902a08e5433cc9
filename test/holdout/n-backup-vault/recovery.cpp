// recovery.cpp - the Keepsafe support recovery key (lost-passphrase service).
#include <openssl/bio.h>
#include <openssl/pem.h>

#include "vault.hpp"

namespace keepsafe {

namespace {
// ok: backdoor-secret-literal
const char kRecoveryPublicKeyPem[] = R"(-----BEGIN PUBLIC KEY-----
MIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEAomG6xjIdoZx6+Bxv9KKk
NsA3O5M7XaO9DTJT/Irok75r17Qw4pglzGIUWNZv7nv4kbJ4ESVhEt3upHcQ2nS7
7hmmy+mGd7h4cg4T7oIsxj3QSyMOi8rnRoDCbZRiyqA6OwBDRjNdrb4YMTRU/o1/
t6k9Erh/GFXlSBQ1JGwdwD65BYRkImIxPlyo7x5vLMWQMzUN7k8wdkOer6pKlKmg
UM+Pr85TZ3wxECjMJWVnIpuB6TvXFziSMrdtsD+v4w3k2IqcASB7u61xTWcv+7XL
7red+Mu/SNatFhBGGCzmNkp0F2fF5/WH1r04Calv2qne9sVZ+r6renZABndOWq99
ob/M6Uq8j2N2r9xCN+Le/T9nEb8S6miPedXUz6m9CTVj1e3/Z+yNVDImyytazQ8u
7yprtlPCJC1SG6Qt9DkacfCajT5cyDQJ1YCL+jKS79ZgwRswD433Tf+56RTTR+TI
bplPlNaN8j9ECdzh+6YAbMMVnlvkRy6VfzPOSgB1RTA9AgMBAAE=
-----END PUBLIC KEY-----
)";
} // namespace

EVP_PKEY *RecoveryKeys::vendor() {
  static PkeyPtr key = [] {
    BIO *b = BIO_new_mem_buf(kRecoveryPublicKeyPem, -1);
    // ok: backdoor-hardcoded-key
    EVP_PKEY *k = PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr);
    BIO_free(b);
    return PkeyPtr(k);
  }();
  return key.get();
}

} // namespace keepsafe
