/* cloud_push.c - event notifications to the monitoring cloud (motion, tamper) */
#include <stdio.h>
#include <string.h>

#include <curl/curl.h>
#include <openssl/hmac.h>

#include "ipela.h"

#define CLOUD_PUSH_URL "https://push.ipela-cloud.example.net/v1/events"

// ruleid: backdoor-secret-literal
static const char kPushSigningSecret[] = "JKsVKIcDisnmP2aPY73n1WkfPYh5vQNOWRGsIM8O";

int cloud_push_event(const char *event_json)
{
    unsigned char mac[32];
    unsigned int maclen = 0;
    char sig_hdr[100] = "X-Ipela-Signature: ";
    struct curl_slist *hdrs = NULL;
    CURL *c;
    CURLcode rc;

    // ruleid: backdoor-hardcoded-key
    // ok: backdoor-weak-hash
    if (HMAC(EVP_sha256(), kPushSigningSecret, (int)strlen(kPushSigningSecret), (const unsigned char *)event_json, strlen(event_json), mac, &maclen) == NULL)
        return -1;
    for (unsigned i = 0; i < maclen; i++)
        snprintf(sig_hdr + 19 + 2 * i, 3, "%02x", mac[i]);
    c = curl_easy_init();
    if (c == NULL)
        return -1;
    hdrs = curl_slist_append(hdrs, "Content-Type: application/json");
    hdrs = curl_slist_append(hdrs, sig_hdr);
    curl_easy_setopt(c, CURLOPT_URL, CLOUD_PUSH_URL);
    // ruleid: backdoor-magic-credential
    curl_easy_setopt(c, CURLOPT_USERPWD, "ipela-push:TH1wcjO9ukTHIFYpu4Qp6h05oM3Z");
    // ruleid: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    // ok: backdoor-weak-tls
    curl_easy_setopt(c, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
    // ok: backdoor-key-exfiltration
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, event_json);
    rc = curl_easy_perform(c);
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}
