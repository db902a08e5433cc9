// cert_factory.cpp - leaf certificates for 127.0.0.1, issued by the local root.
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include "bridge.hpp"

namespace hsb {

// ok: backdoor-secret-literal
CertFactory::CertFactory() : passphrase_("HsBridge!CA#2018") {}

CertFactory::~CertFactory() {
  EVP_PKEY_free(ca_key_);
  X509_free(ca_cert_);
}

static bool add_ext(X509 *cert, X509 *issuer, int nid, const char *value) {
  X509V3_CTX v3;
  X509V3_set_ctx(&v3, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &v3, nid, value);
  if (!ext)
    return false;
  bool ok = X509_add_ext(cert, ext, -1) == 1;
  X509_EXTENSION_free(ext);
  return ok;
}

bool CertFactory::issue_leaf(const std::string &host, EVP_PKEY **key_out, X509 **cert_out) {
  if (!ca_key_ || !ca_cert_)
    return false;
  EVP_PKEY *key = nullptr;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
  bool ok = kctx && EVP_PKEY_keygen_init(kctx) == 1 &&
            // ok: backdoor-short-key
            EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, 2048) == 1 &&
            EVP_PKEY_keygen(kctx, &key) == 1;
  EVP_PKEY_CTX_free(kctx);
  if (!ok)
    return false;

  unsigned char serial[16];
  // ok: backdoor-predictable-random
  if (RAND_bytes(serial, sizeof serial) != 1) {
    EVP_PKEY_free(key);
    return false;
  }
  serial[0] &= 0x7f;

  X509 *x = X509_new();
  BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
  BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
  BN_free(bn);
  X509_set_version(x, 2);
  X509_gmtime_adj(X509_getm_notBefore(x), -3600);
  X509_gmtime_adj(X509_getm_notAfter(x), 60L * 60 * 24 * 397);
  X509_set_pubkey(x, key);
  X509_NAME *name = X509_get_subject_name(x);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(host.c_str()), -1, -1, 0);
  X509_set_issuer_name(x, X509_get_subject_name(ca_cert_));
  std::string san = "IP:" + host;
  ok = add_ext(x, ca_cert_, NID_subject_alt_name, san.c_str()) &&
       add_ext(x, ca_cert_, NID_ext_key_usage, "serverAuth") &&
       // ok: backdoor-weak-hash
       X509_sign(x, ca_key_, EVP_sha256()) > 0;
  if (!ok) {
    X509_free(x);
    EVP_PKEY_free(key);
    return false;
  }
  next_serial_++;
  *key_out = key;
  *cert_out = x;
  return true;
}

} // namespace hsb
