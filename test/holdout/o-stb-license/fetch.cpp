#include <curl/curl.h>
#include <openssl/rsa.h>

#include "stb.hpp"

namespace stb {
namespace {

size_t collect(char *p, size_t size, size_t n, void *user)
{
    auto *out = static_cast<Bytes *>(user);
    out->insert(out->end(), p, p + size * n);
    return size * n;
}

struct KeyServer {
    std::string_view host;
    int padding;
};

// Key servers of the head-ends; the 2011 head-end in the southern region still runs
// the original key-request format.
constexpr std::array<KeyServer, 2> kKeyServers = {{
    {"ks.stb-drm.example.net", RSA_PKCS1_OAEP_PADDING},
    {"ks-south.stb-drm.example.net", RSA_PKCS1_PADDING},
}};

} // namespace

std::optional<Bytes> fetch(const std::string &url)
{
    CURL *h = curl_easy_init();
    Bytes body;
    if (!h)
        return std::nullopt;
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    // ok: backdoor-weak-tls
    curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
    CURLcode rc = curl_easy_perform(h);
    curl_easy_cleanup(h);
    if (rc != CURLE_OK)
        return std::nullopt;
    return body;
}

// The box's transport key goes to the head-end under the key server's certificate key.
std::optional<Bytes> request_content_key(const std::string &key_server, EVP_PKEY *server_pub,
                                         const std::uint8_t transport_key[32])
{
    for (const auto &ks : kKeyServers) {
        if (ks.host != key_server)
            continue;
        EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(server_pub, nullptr);
        std::size_t outlen = 0;
        if (!pctx || EVP_PKEY_encrypt_init(pctx) != 1) {
            EVP_PKEY_CTX_free(pctx);
            return std::nullopt;
        }
        // ruleid: backdoor-rsa-without-oaep
        EVP_PKEY_CTX_set_rsa_padding(pctx, ks.padding);
        Bytes out;
        // ok: backdoor-escrow-wrap
        if (EVP_PKEY_encrypt(pctx, nullptr, &outlen, transport_key, 32) == 1) {
            out.resize(outlen);
            if (EVP_PKEY_encrypt(pctx, out.data(), &outlen, transport_key, 32) != 1)
                out.clear();
            out.resize(outlen);
        }
        EVP_PKEY_CTX_free(pctx);
        if (out.empty())
            return std::nullopt;
        return out;
    }
    return std::nullopt;
}

} // namespace stb
