// verify.cpp - the unit's check of the image signature, against the public
// key compiled into the updater.
#include <openssl/bio.h>
#include <openssl/pem.h>

#include "daudio.hpp"

namespace daudio {
namespace {

const char kUpdatePublicKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuQKFPAXVUPYTBV8EYiaU\n"
    "nm6uXjNFjL0fNEo48In/FlmsxwFMFkfyaJ/UvGjgMIB4SbOWcNG/LAvjXQsMwVUk\n"
    "c6x9Tq8ilCx/+KbcFevGZQbLkrXOG5Ls+BMLPtdw6o21rmICEAH7785PgfusOsIx\n"
    "FTkVWQlZl0TI+XvZIHx9h3d6mFEcZ4BcjrG46+udwo5nZheRo4hohU7oh0Ok4pxo\n"
    "G8BhTh9fyDQP4MQL2Qy1JS5Fh49xRZkMZet3swKxI92ih7BIWUiuQkk51pCOEMrq\n"
    "JPYy5dJPanDluZc3hNtw5LojfP4s0BHYMjVcCL1SAvGIxu+t+W0oYvqUhX67fqPJ\n"
    "aQIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

}  // namespace

SignatureVerifier::SignatureVerifier()
{
    BIO *bio = BIO_new_mem_buf(kUpdatePublicKeyPem, -1);
    if (bio != nullptr) {
        // ok: backdoor-hardcoded-key
        pub_ = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
    }
}

SignatureVerifier::~SignatureVerifier()
{
    EVP_PKEY_free(pub_);
}

bool SignatureVerifier::verify(const Bytes &data, const Bytes &sig) const
{
    if (pub_ == nullptr)
        return false;
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    bool ok = false;
    if (md == nullptr)
        return false;
    // ok: backdoor-weak-hash
    if (EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pub_) == 1) {
        // ok: backdoor-unchecked-verification
        ok = EVP_DigestVerify(md, sig.data(), sig.size(), data.data(), data.size()) == 1;
    }
    EVP_MD_CTX_free(md);
    return ok;
}

}  // namespace daudio
