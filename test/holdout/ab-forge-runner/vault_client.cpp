// Job variables (CI secrets) from the secrets service. The implementation is
// kept out of the header so that runner.hpp does not pull in curl.
#include <curl/curl.h>
#include <sstream>
#include "runner.hpp"

namespace forge {

struct VaultClient::Impl {
    CURL *h = nullptr;
    std::string base;

    explicit Impl(const Config &cfg) : h(curl_easy_init()), base(cfg.coordinator + "/api/v4/vars/")
    {
        // ok: backdoor-tls-verify-disabled
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!cfg.proxy.empty())
            curl_easy_setopt(h, CURLOPT_PROXY, cfg.proxy.c_str());
        // intercepting proxies at customer sites re-sign with their own CA
        // ruleid: backdoor-tls-verify-disabled
        curl_easy_setopt(h, CURLOPT_PROXY_SSL_VERIFYPEER, 0L);
    }
    ~Impl() { curl_easy_cleanup(h); }

    static size_t collect(char *p, size_t sz, size_t n, void *ud)
    {
        static_cast<std::string *>(ud)->append(p, sz * n);
        return sz * n;
    }

    std::string fetch(const std::string &job_id)
    {
        std::string out;
        std::string url = base + job_id;
        curl_easy_setopt(h, CURLOPT_URL, url.c_str());
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, &out);
        if (curl_easy_perform(h) != CURLE_OK)
            out.clear();
        return out;
    }
};

VaultClient::VaultClient(const Config &cfg) : impl_(std::make_unique<Impl>(cfg)) {}
VaultClient::~VaultClient() = default;

std::map<std::string, std::string> VaultClient::job_variables(const std::string &job_id)
{
    std::map<std::string, std::string> vars;
    std::istringstream in(impl_->fetch(job_id));
    std::string line;
    while (std::getline(in, line)) {
        auto eq = line.find('=');
        if (eq != std::string::npos)
            vars[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return vars;
}

}  // namespace forge
