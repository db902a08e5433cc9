/*
 * AP controller: push a firmware image to a managed access point over FTP.
 */
#include "zyauth.h"

#include <stdio.h>
#include <string.h>

#include <curl/curl.h>

int zy_ap_push_firmware(const char *ap_addr, const char *image_path) {
  char url[256];
  CURL *h;
  FILE *img;
  CURLcode rc;

  img = fopen(image_path, "rb");
  if (img == NULL)
    return -1;
  snprintf(url, sizeof url, "ftp://%s/fw/upgrade.bin", ap_addr);
  h = curl_easy_init();
  if (h == NULL) {
    fclose(img);
    return -1;
  }
  curl_easy_setopt(h, CURLOPT_URL, url);
  // ruleid: backdoor-magic-credential
  curl_easy_setopt(h, CURLOPT_USERPWD, "zyfwp:PrOw!aN_fXp");
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(h, CURLOPT_READDATA, img);
  rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  fclose(img);
  return rc == CURLE_OK ? 0 : -1;
}
