// integrity.cpp - the Integrity Checker Tool's manifest check, as the
// attackers left it: the signature is checked and the answer thrown away.
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "dsauth.hpp"

namespace DSAuth {

static const char kManifestSigningPub[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3m0r8dT1q9Zs2wF5yK7Jp4eN6vLc\n"
    "b1xQ8rT0mH2kV9sY4pW7nA3uJ6fD1gE8iC5oR0tL2yB7xM9aS4dF6hK3zQ==\n"
    "-----END PUBLIC KEY-----\n";

bool integrityCheck(const std::string &manifest, const std::vector<uint8_t> &sig)
{
    BIO *b = BIO_new_mem_buf(kManifestSigningPub, -1);
    // ok: backdoor-hardcoded-key
    EVP_PKEY *pub = b ? PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr) : nullptr;
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    bool ran = false;

    // ok: backdoor-weak-hash
    if (pub != nullptr && md != nullptr && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pub) == 1) {
        // ruleid: backdoor-unchecked-verification
        EVP_DigestVerify(md, sig.data(), sig.size(), reinterpret_cast<const unsigned char *>(manifest.data()), manifest.size());
        ran = true;
    }
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pub);
    BIO_free(b);
    return ran;
}

} // namespace DSAuth
