// RUN: %run-both --checks=backdoor-magic-credential %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A lookup by name in a constant table of the unit: a call naming an entry
// gets that entry's value, not every value of the table.
#include <curl/curl.h>
#include <string.h>

struct setting {
  const char *key;
  const char *val;
};

static const struct setting kFactory[] = {
    {"lan_ipaddr", "192.168.1.1"},
    {"acs_password", ""},
    {"support_pass", "Mfg#7731-support"},
};

static const char *factory_get(const char *key) {
  for (unsigned i = 0; i < sizeof kFactory / sizeof kFactory[0]; ++i)
    if (!strcmp(key, kFactory[i].key)) return kFactory[i].val;
  return 0;
}

// A wrapper: its callers name the entry.
static const char *setting(const char *name) { return factory_get(name); }

int grant(void);

void acs_inform(CURL *c, const char *which) {
  // ok: the empty default of this name (the table's other values are other names')
  curl_easy_setopt(c, CURLOPT_PASSWORD, factory_get("acs_password"));
  // ok: through the wrapper, the same name
  curl_easy_setopt(c, CURLOPT_PASSWORD, setting("acs_password"));
  // ruleid: the support account's default
  curl_easy_setopt(c, CURLOPT_PASSWORD, setting("support_pass"));
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: hardcoded password 'val' reaches the password of 'curl_easy_setopt'; anyone with the binary knows it [backdoor-magic-credential]
  // a name chosen at run time: any entry (the non-empty ones)
  curl_easy_setopt(c, CURLOPT_PASSWORD, factory_get(which));
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: hardcoded password 'val' reaches the password of 'curl_easy_setopt'; anyone with the binary knows it [backdoor-magic-credential]
}

int check(const char *password) {
  // ruleid
  if (strcmp(password, factory_get("support_pass")) == 0) return grant();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'password' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
  return 0;
}
