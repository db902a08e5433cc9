// alerts.cpp - motion alert e-mails through the vendor's relay
#include <cstring>
#include <random>
#include <thread>
#include <curl/curl.h>

#include "gz.hpp"

namespace gz {

void alert_send(const std::string &to, const std::string &subject) {
  std::minstd_rand jitter_gen(std::random_device{}());
  std::uniform_int_distribution<int> jitter(0, 400);
  CURL *c = curl_easy_init();
  if (c == nullptr)
    return;
  curl_slist *rcpt = curl_slist_append(nullptr, to.c_str());
  curl_easy_setopt(c, CURLOPT_URL, "smtps://smtp.guardzilla.example.com:465");
  // ruleid: backdoor-magic-credential
  curl_easy_setopt(c, CURLOPT_USERPWD, "alerts@guardzilla.example.com:GZalert#2016");
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  (void)subject;
  // ok: backdoor-predictable-random
  std::this_thread::sleep_for(std::chrono::milliseconds(jitter(jitter_gen)));
  curl_easy_perform(c);
  curl_slist_free_all(rcpt);
  curl_easy_cleanup(c);
}

}  // namespace gz
