// The coordinator's REST API over libcurl.
#include <curl/curl.h>
#include <fstream>
#include "runner.hpp"

namespace forge {
namespace {

size_t collect(char *p, size_t sz, size_t n, void *ud)
{
    static_cast<std::string *>(ud)->append(p, sz * n);
    return sz * n;
}

}  // namespace

HttpClient::HttpClient(const Config &cfg) : curl_(curl_easy_init())
{
    std::ifstream in(cfg.registration_token_file);
    std::getline(in, bearer_);
    CURL *h = static_cast<CURL *>(curl_);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, 30L);
}

HttpClient::~HttpClient()
{
    curl_easy_cleanup(static_cast<CURL *>(curl_));
}

long HttpClient::post_json(const std::string &url, const std::string &body)
{
    CURL *h = static_cast<CURL *>(curl_);
    curl_slist *hdrs = nullptr;
    std::string auth = "Authorization: Bearer " + bearer_;
    long code = 0;

    hdrs = curl_slist_append(hdrs, "Content-Type: application/json");
    // ok: backdoor-key-exfiltration
    hdrs = curl_slist_append(hdrs, auth.c_str());
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    if (curl_easy_perform(h) == CURLE_OK)
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(hdrs);
    return code;
}

long HttpClient::get(const std::string &url, std::string &out)
{
    CURL *h = static_cast<CURL *>(curl_);
    long code = 0;

    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &out);
    if (curl_easy_perform(h) == CURLE_OK)
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

}  // namespace forge
