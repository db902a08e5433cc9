// RUN: %run-both --checks=backdoor-key-exfiltration %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A call written in the argument of a macro that the catalog models by its
// name is that call, not the macro: libcurl's C++ header makes
// curl_easy_setopt a function-like macro of the same name, and the
// `body.c_str()` in its argument was read as another curl_easy_setopt (a
// sink, whose value is nothing), so a key posted as a std::string body was
// not seen. Silent: a URL posted the same way.
#include <curl/curl.h>
#include <openssl/rand.h>
#include <mock/std.h>

#define curl_easy_setopt(handle, opt, param) curl_easy_setopt(handle, opt, param)

void post_key(CURL *h) {
  unsigned char key[32];
  if (RAND_bytes(key, sizeof key) != 1)
    return;
  std::string body(reinterpret_cast<const char *>(key));
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'body' (a random key 'key' from 'RAND_bytes') is sent over the network by 'curl_easy_setopt'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.c_str());
}

void post_url(CURL *h, const std::string &url) {
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
}
