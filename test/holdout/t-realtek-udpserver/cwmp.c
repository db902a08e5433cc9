/* TR-069 client: Inform to the ISP's ACS, connection requests from it. */
#include <stdio.h>
#include <string.h>

#include <curl/curl.h>
#include <openssl/crypto.h>

#include "rtl.h"

int cwmp_inform(const char *event)
{
    char body[512];
    CURLcode rc;
    CURL *c = curl_easy_init();

    if (c == NULL)
        return -1;
    snprintf(body, sizeof body,
             "<cwmp:Inform><Event>%s</Event><OUI>00E04C</OUI><SerialNumber>%s</SerialNumber></cwmp:Inform>",
             event, apmib_get(MIB_HW_NIC0_ADDR));
    curl_easy_setopt(c, CURLOPT_URL, apmib_get(MIB_CWMP_ACS_URL));
    /* many ISPs run their ACS with a self-signed certificate */
    // ruleid: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    // ok: backdoor-weak-tls
    curl_easy_setopt(c, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, (long)CURLAUTH_DIGEST);
    curl_easy_setopt(c, CURLOPT_USERNAME, apmib_get(MIB_CWMP_ACS_USERNAME));
    // ok: backdoor-magic-credential
    curl_easy_setopt(c, CURLOPT_PASSWORD, apmib_get(MIB_CWMP_ACS_PASSWORD));
    // ok: backdoor-key-exfiltration
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
    rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}

/* The ACS asks the CPE to call in: the credentials the ACS configured. */
int cwmp_connection_request_ok(const char *user, const char *password)
{
    const char *want_user = apmib_get(MIB_CWMP_CONREQ_USERNAME);
    const char *want_password = apmib_get(MIB_CWMP_CONREQ_PASSWORD);

    if (strlen(password) != strlen(want_password))
        return 0;
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    return strcmp(user, want_user) == 0 && CRYPTO_memcmp(password, want_password, strlen(want_password)) == 0;
}
