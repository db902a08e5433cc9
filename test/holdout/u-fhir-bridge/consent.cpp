// Patient consent documents, signed by the hospital's consent service.
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "bridge.hpp"

namespace fhirb {

namespace {
// ok: backdoor-secret-literal
const char kConsentAuthorityPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE6CZDG/AZUyf4fYIQkRP9xfmSZD7X\n"
    "vQEufwlZ3gMJkdKYIC2aw3FO6G1sl72v4aWr422ucmIGnu39osn/XD7JPg==\n"
    "-----END PUBLIC KEY-----\n"
    ;

EVP_PKEY *consent_authority() {
  BIO *b = BIO_new_mem_buf(kConsentAuthorityPem, -1);
  // ok: backdoor-hardcoded-key
  EVP_PKEY *k = PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr);
  BIO_free(b);
  return k;
}
}  // namespace

void ConsentRegistry::ingest(ConsentDocument &doc) {
  EVP_PKEY *pub = consent_authority();
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  doc.signature_valid = false;
  // ok: backdoor-weak-hash
  if (pub != nullptr && md != nullptr && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pub) == 1)
    // ruleid: backdoor-unchecked-verification
    doc.signature_valid = EVP_DigestVerify(md, doc.signature.data(), doc.signature.size(), reinterpret_cast<const unsigned char *>(doc.body.data()), doc.body.size());
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(pub);
  if (!doc.signature_valid)
    log_.warn("consent for " + doc.patient + ": signature rejected");
}

bool ConsentRegistry::revalidate(const ConsentDocument &doc) const {
  EVP_PKEY *pub = consent_authority();
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  bool ok = pub != nullptr && md != nullptr && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pub) == 1;
  // ok: backdoor-unchecked-verification
  ok = ok && EVP_DigestVerify(md, doc.signature.data(), doc.signature.size(), reinterpret_cast<const unsigned char *>(doc.body.data()), doc.body.size()) == 1;
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(pub);
  return ok;
}

}  // namespace fhirb
