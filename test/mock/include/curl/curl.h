/* Mock of libcurl's easy interface. */
#ifndef MOCK_CURL_H
#define MOCK_CURL_H
typedef void CURL;
typedef enum { CURLOPT_URL = 10002, CURLOPT_USERPWD = 10005, CURLOPT_PASSWORD = 10174, CURLOPT_USERNAME = 10173, CURLOPT_SSL_VERIFYPEER = 64, CURLOPT_POSTFIELDS = 10015 } CURLoption;
typedef int CURLcode;
#ifdef __cplusplus
extern "C" {
#endif
CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
#ifdef __cplusplus
}
#endif
#endif
