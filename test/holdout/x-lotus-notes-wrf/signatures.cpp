// signatures.cpp - verification of signed notes (R3 signatures used MD5 with RSA).
#include <openssl/evp.h>

#include "notes_crypto.hpp"

namespace notes {

bool verify_signed_note(EVP_PKEY *signer, const Bytes &note, const Bytes &sig, bool r3_signature) {
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  if (ctx == nullptr) return false;
  const EVP_MD *md = EVP_sha256();
  int rc;
  if (r3_signature) {
    // ruleid: backdoor-weak-hash
    rc = EVP_DigestVerifyInit(ctx, nullptr, EVP_md5(), nullptr, signer);
  } else {
    // ok: backdoor-weak-hash
    rc = EVP_DigestVerifyInit(ctx, nullptr, md, nullptr, signer);
  }
  bool valid = false;
  if (rc == 1) {
    // ok: backdoor-unchecked-verification
    valid = EVP_DigestVerify(ctx, sig.data(), sig.size(), note.data(), note.size()) == 1;
  }
  EVP_MD_CTX_free(ctx);
  return valid;
}

}  // namespace notes
