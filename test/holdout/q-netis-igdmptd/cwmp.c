/* cwmp.c - TR-069 (CWMP) client and the dynamic DNS updater. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curl/curl.h>

#include "netis.h"

#define DDNS_UPDATE_URL "https://members.netis-ddns.example/nic/update"

static const char kInformTemplate[] =
    "<soap-env:Envelope><soap-env:Body><cwmp:Inform><DeviceId><Manufacturer>netis</Manufacturer>"
    "<OUI>04:8D:38</OUI><ProductClass>%s</ProductClass><SerialNumber>%s</SerialNumber></DeviceId>"
    "<Event><EventStruct><EventCode>2 PERIODIC</EventCode></EventStruct></Event>"
    "</cwmp:Inform></soap-env:Body></soap-env:Envelope>";

static size_t discard(char *ptr, size_t size, size_t nmemb, void *userdata)
{
  (void)ptr;
  (void)userdata;
  return size * nmemb;
}

static int cwmp_inform(const char *acs_url)
{
  char body[1024];
  CURLcode rc;
  CURL *curl = curl_easy_init();

  if (curl == NULL) {
    return -1;
  }
  snprintf(body, sizeof body, kInformTemplate, "WF2419", "NTS0A1B2C3D4");
  curl_easy_setopt(curl, CURLOPT_URL, acs_url);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
  curl_easy_setopt(curl, CURLOPT_USERNAME, nvram_get("cwmp_acs_username"));
  // ok: backdoor-magic-credential
  curl_easy_setopt(curl, CURLOPT_PASSWORD, nvram_get("cwmp_acs_password"));
  /* ISPs deploy ACS servers with self-made certificates */
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
  rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK ? 0 : -1;
}

int ddns_update(const char *ip)
{
  char url[512];
  CURLcode rc;
  const char *host = nvram_get("ddns_hostname");
  CURL *curl;

  if (host == NULL || *host == '\0') {
    return -1;
  }
  if ((curl = curl_easy_init()) == NULL) {
    return -1;
  }
  snprintf(url, sizeof url, "%s?hostname=%s&myip=%s", DDNS_UPDATE_URL, host, ip);
  curl_easy_setopt(curl, CURLOPT_URL, url);
  /* the vendor's reseller account on the DDNS provider, shared by every unit */
  // ruleid: backdoor-magic-credential
  curl_easy_setopt(curl, CURLOPT_USERPWD, "netcoreddns:Ncd#2012wan");
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
  rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK ? 0 : -1;
}

void cwmp_main(void)
{
  const char *url;
  long interval;

  curl_global_init(CURL_GLOBAL_DEFAULT);
  for (;;) {
    const char *en = nvram_get("cwmp_enable");
    url = nvram_get("cwmp_acs_url");
    interval = strtol(nvram_get("cwmp_inform_interval") ? nvram_get("cwmp_inform_interval") : "3600", NULL, 10);
    if (en != NULL && strcmp(en, "1") == 0 && url != NULL && *url) {
      cwmp_inform(url);
    }
    /* spread the fleet's informs over half a minute */
    // ok: backdoor-predictable-random
    unsigned int jitter = (unsigned int)rand() % 30u;
    sleep((unsigned int)(interval > 0 ? interval : 3600) + jitter);
  }
}
