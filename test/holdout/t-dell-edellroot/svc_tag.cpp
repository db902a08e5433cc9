// The machine's service tag, and the inventory report to Dell.
#include <fstream>
#include <string>

#include <curl/curl.h>

#include "dell.hpp"

namespace dell {

std::string ServiceTag::read()
{
    std::ifstream in("/sys/class/dmi/id/product_serial");
    std::string tag;
    std::getline(in, tag);
    return tag.empty() ? std::string("UNKNOWN") : tag;
}

void report_inventory(const std::string &service_tag)
{
    CURL *c = curl_easy_init();
    if (c == nullptr)
        return;
    const std::string body = "{\"serviceTag\":\"" + service_tag + "\",\"agent\":\"DFS 2.3.3800.0\"}";
    curl_easy_setopt(c, CURLOPT_URL, "https://inventory.support.dell.example/api/v1/checkin");
    // ok: backdoor-key-exfiltration
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_perform(c);
    curl_easy_cleanup(c);
}

} // namespace dell
