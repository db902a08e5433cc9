// ca_loader.cpp - the local root is read from the resources compiled into the binary.
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include "bridge.hpp"

namespace hsb {

bool CertFactory::load_ca() {
  BIO *b = BIO_new_mem_buf(kRootCaKeyPem, -1);
  if (!b)
    return false;
  // ruleid: backdoor-hardcoded-key, backdoor-magic-credential
  ca_key_ = PEM_read_bio_PrivateKey(b, nullptr, nullptr, const_cast<char *>(passphrase_.c_str()));
  BIO_free(b);
  if (!ca_key_) {
    ERR_print_errors_fp(stderr);
    return false;
  }
  BIO *c = BIO_new_mem_buf(kRootCaCertPem, -1);
  // ok: backdoor-hardcoded-key
  ca_cert_ = PEM_read_bio_X509(c, nullptr, nullptr, nullptr);
  BIO_free(c);
  return ca_cert_ != nullptr && X509_check_private_key(ca_cert_, ca_key_) == 1;
}

} // namespace hsb
