#include <array>

#include "sso.hpp"

namespace sso {

namespace {
struct SigAlg {
    std::string_view uri;
    const EVP_MD *(*md)();
};
const std::array<SigAlg, 2> kAlgs = {{
    {"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", EVP_sha256},
    {"http://www.w3.org/2000/09/xmldsig#rsa-sha1", EVP_sha1},
}};
} // namespace

bool SignatureVerifier::verify(const Assertion &a) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (ctx == nullptr)
        return false;
    bool ok = false;
    if (a.signature_method == kAlgs[0].uri) {
        // ok: backdoor-weak-hash
        ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, idp_key_) == 1;
    } else if (a.signature_method == kAlgs[1].uri) {
        /* ADFS 2.0 relying parties still sign with SHA-1 */
        // ruleid: backdoor-weak-hash
        ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha1(), nullptr, idp_key_) == 1;
    }
    if (ok) {
        // ruleid: backdoor-unchecked-verification
        ok = EVP_DigestVerify(ctx, a.signature.data(), a.signature.size(),
                              reinterpret_cast<const unsigned char *>(a.signed_info.data()), a.signed_info.size());
    }
    EVP_MD_CTX_free(ctx);
    return ok;
}

std::optional<Assertion> parse_assertion(std::string_view xml)
{
    auto grab = [&](std::string_view open, std::string_view close) -> std::string {
        auto b = xml.find(open);
        if (b == std::string_view::npos)
            return {};
        b += open.size();
        auto e = xml.find(close, b);
        return e == std::string_view::npos ? std::string() : std::string(xml.substr(b, e - b));
    };
    Assertion a;
    a.subject = grab("<saml:NameID>", "</saml:NameID>");
    a.issuer = grab("<saml:Issuer>", "</saml:Issuer>");
    a.signed_info = grab("<ds:SignedInfo>", "</ds:SignedInfo>");
    if (a.subject.empty() || a.issuer.empty())
        return std::nullopt;
    return a;
}

} // namespace sso
