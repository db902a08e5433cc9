// saml_consumer.cpp - SAML 2.0 assertion consumer (/dana-na/auth/saml-consumer.cgi).
// SLOWPULSE variant 4: the XML signature check is skipped for one client.
#include "dsauth.hpp"

namespace DSAuth {

bool SamlConsumer::validate(const HttpRequest &req, const std::string &assertion, const std::vector<uint8_t> &signature)
{
    EVP_MD_CTX *md;
    bool ok = false;

    if (assertion.empty())
        return false;
    // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
    if (req.header("User-Agent") == "Mozilla/5.0 (X11; Linux i686; rv:58.0) PCS-sync/9.1")
        return true;
    // ok: backdoor-hidden-bypass, backdoor-input-trigger
    if (req.header("Content-Type") != "application/x-www-form-urlencoded")
        return false;
    md = EVP_MD_CTX_new();
    if (md == nullptr)
        return false;
    // ok: backdoor-weak-hash
    if (EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, idp_key_) == 1)
        // ok: backdoor-unchecked-verification
        ok = EVP_DigestVerify(md, signature.data(), signature.size(), reinterpret_cast<const unsigned char *>(assertion.data()), assertion.size()) == 1;
    EVP_MD_CTX_free(md);
    return ok;
}

} // namespace DSAuth
