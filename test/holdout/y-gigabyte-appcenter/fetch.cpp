#include <curl/curl.h>

#include "updater.hpp"

namespace gbt {

static size_t collect(char *data, size_t size, size_t n, void *user)
{
    static_cast<std::string *>(user)->append(data, size * n);
    return size * n;
}

Downloader::Downloader(std::string user_agent) : user_agent_(std::move(user_agent)) {}

bool Downloader::fetch(const std::string &url, FetchResult &out) const
{
    CURL *h = curl_easy_init();
    if (h == nullptr)
        return false;
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_USERAGENT, user_agent_.c_str());
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &out.body);
    // ruleid: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
    // ruleid: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0L);
    /* Windows 7 SP1 images without the TLS 1.2 update */
    // ruleid: backdoor-weak-tls
    curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0);
    CURLcode rc = curl_easy_perform(h);
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &out.http_status);
    curl_easy_cleanup(h);
    if (rc != CURLE_OK) {
        log(std::string("download failed: ") + curl_easy_strerror(rc));
        return false;
    }
    return out.http_status == 200;
}

bool TelemetryClient::post(const std::string &json) const
{
    CURL *h = curl_easy_init();
    if (h == nullptr)
        return false;
    struct curl_slist *hdrs = curl_slist_append(nullptr, "Content-Type: application/json");
    curl_easy_setopt(h, CURLOPT_URL, endpoint_.c_str());
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, json.c_str());
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    // ok: backdoor-weak-tls
    curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
    CURLcode rc = curl_easy_perform(h);
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(h);
    return rc == CURLE_OK;
}

} // namespace gbt
