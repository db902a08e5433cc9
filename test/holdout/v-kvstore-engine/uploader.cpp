// uploader.cpp - PUT objects over HTTPS
#include <curl/curl.h>

#include "kv.hpp"

namespace kv {

bool Uploader::put(const std::string &object, const std::string &body) const
{
    CURL *c = curl_easy_init();
    CURLcode rc;

    if (c == nullptr)
        return false;
    const std::string url = base_ + "/" + object;
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, "PUT");
    // ok: backdoor-key-exfiltration
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.c_str());
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK;
}

} // namespace kv
