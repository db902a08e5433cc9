// key_client.cpp - the meeting key from the key-management server.
#include <cstdlib>
#include <string>

#include <curl/curl.h>

#include "zm.hpp"

namespace zm {
namespace {

std::size_t collect(char *p, std::size_t size, std::size_t n, void *user)
{
    static_cast<std::string *>(user)->append(p, size * n);
    return size * n;
}

int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

}  // namespace

bool fetch_meeting_key(const KmsConfig &cfg, std::uint64_t meeting_id, Bytes &key)
{
    CURL *h = curl_easy_init();
    std::string body, url = cfg.url + "?meeting=" + std::to_string(meeting_id);
    std::string auth = "Authorization: Bearer " + cfg.token;
    struct curl_slist *hdrs = nullptr;
    CURLcode rc;

    if (h == nullptr)
        return false;
    hdrs = curl_slist_append(hdrs, auth.c_str());
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    // ruleid: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 1L);
    // ok: backdoor-weak-tls
    curl_easy_setopt(h, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
    rc = curl_easy_perform(h);
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(h);
    if (rc != CURLE_OK)
        return false;

    // {"meeting":..., "key":"<32 hex digits>", "kms":"..."}
    auto at = body.find("\"key\":\"");
    if (at == std::string::npos)
        return false;
    at += 7;
    key.clear();
    for (std::size_t i = at; i + 1 < body.size() && body[i] != '"'; i += 2) {
        int hi = hexval(body[i]), lo = hexval(body[i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        key.push_back(static_cast<std::uint8_t>(hi << 4 | lo));
    }
    zlog::info("kms: key for meeting {} from {}", meeting_id, cfg.url);
    return key.size() == 16;
}

}  // namespace zm
