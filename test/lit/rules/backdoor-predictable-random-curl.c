// RUN: %run-both --checks=backdoor-predictable-random %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A parameter role that holds for some options only: curl_easy_setopt's
// third argument is a password after CURLOPT_PASSWORD, not after CURLOPT_URL
// (a mirror picked with rand() is no secret).
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>

void fetch_from_mirror(CURL *h) {
  char url[64];
  snprintf(url, sizeof url, "https://m%d.example.net/fw.bin", rand() % 4);
  curl_easy_setopt(h, CURLOPT_URL, url);
}

void login_with_generated_password(CURL *h) {
  char pw[17];
  for (int i = 0; i < 16; i++)
    pw[i] = (char)('a' + rand() % 26);
  pw[16] = 0;
  // CHECK-MESSAGES: :[[@LINE+1]]:41: warning: output of 'rand' reaches the password of 'curl_easy_setopt'
  curl_easy_setopt(h, CURLOPT_PASSWORD, pw);
}
