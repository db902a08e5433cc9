#include <cstdlib>
#include <fstream>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "updater.hpp"

namespace gbt {

// ok: backdoor-secret-literal
static const char kManifestPub[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MCowBQYDK2VwAyEAq0fb1i6zsrV7w8Xb6fKjGZ7C9kUqJmQ3kYw9v2lq8tQ=\n"
    "-----END PUBLIC KEY-----\n";

bool manifest_signature_ok(const std::string &manifest, const std::vector<uint8_t> &sig)
{
    BIO *b = BIO_new_mem_buf(kManifestPub, -1);
    // ok: backdoor-hardcoded-key
    EVP_PKEY *pub = PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr);
    BIO_free(b);
    if (pub == nullptr)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = false;
    if (ctx != nullptr && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, pub) == 1) {
        // ok: backdoor-unchecked-verification
        ok = EVP_DigestVerify(ctx, sig.data(), sig.size(),
                              reinterpret_cast<const unsigned char *>(manifest.data()), manifest.size()) == 1;
    }
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(pub);
    return ok;
}

bool install_payload(const std::string &body, const std::string &dest)
{
    {
        std::ofstream out(dest, std::ios::binary | std::ios::trunc);
        if (!out)
            return false;
        // ok: backdoor-key-exfiltration
        out.write(body.data(), static_cast<std::streamsize>(body.size()));
    }
    log("running " + dest);
    const std::string cmd = "\"" + dest + "\" /S /NORESTART";
    return std::system(cmd.c_str()) == 0;
}

} // namespace gbt
