/* auth.c - SMTP AUTH against the relay's user file, and who may relay without it */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <sodium.h>

#include "relay.h"

#define USERS_FILE "/etc/relay/users"

static int lookup_hash(const char *user, char *hash, size_t cap)
{
  FILE *f = fopen(USERS_FILE, "r");
  char line[512];
  int found = 0;
  if (f == NULL)
    return 0;
  while (!found && fgets(line, sizeof line, f) != NULL) {
    char *colon = strchr(line, ':');
    if (colon == NULL)
      continue;
    *colon = '\0';
    if (strcmp(line, user) == 0) {
      snprintf(hash, cap, "%s", colon + 1);
      hash[strcspn(hash, "\r\n")] = '\0';
      found = 1;
    }
  }
  fclose(f);
  return found;
}

int auth_plain(struct session *s, const char *b64)
{
  unsigned char raw[512];
  char hash[crypto_pwhash_STRBYTES];
  size_t n = 0;
  const char *user, *password;

  if (b64_decode(b64, raw, sizeof raw - 1, &n) != 0)
    return 0;
  raw[n] = '\0';
  /* authzid \0 authcid \0 password */
  user = (const char *)raw + strlen((const char *)raw) + 1;
  if ((size_t)(user - (const char *)raw) >= n)
    return 0;
  password = user + strlen(user) + 1;
  if ((size_t)(password - (const char *)raw) >= n || !lookup_hash(user, hash, sizeof hash))
    return 0;
  // ok: backdoor-magic-credential, backdoor-weak-kdf
  if (crypto_pwhash_str_verify(hash, password, strlen(password)) != 0)
    return 0;
  snprintf(s->user, sizeof s->user, "%s", user);
  s->authenticated = 1;
  return 1;
}

/* relaying without SMTP AUTH: a client certificate of the relay's CA, or the partner's fallback MX */
int auth_relay_allowed(struct session *s)
{
  unsigned status = 1;

  // ruleid: backdoor-trusted-identity, backdoor-hidden-bypass
  if (strcasecmp(s->peer_name, "mx-fallback.partner-mail.example") == 0) {
    s->authenticated = 1;
    return 1;
  }
  // ok: backdoor-trusted-identity, backdoor-hidden-bypass
  if (strcmp(s->peer_addr, "127.0.0.1") == 0)
    relay_log("local submission from %s refused without AUTH", s->helo);
  if (!s->tls)
    return 0;
  // ok: backdoor-unchecked-verification
  if (gnutls_certificate_verify_peers2(s->tls_session, &status) != 0 || status != 0)
    return 0;
  s->authenticated = 1;
  return 1;
}

int auth_add_user(const char *user, const char *password)
{
  char hash[crypto_pwhash_STRBYTES];
  FILE *f;

  if (strlen(password) < 12)
    return -1;
  /* keeps AUTH under 20 ms on the appliance's CPU */
  // ruleid: backdoor-weak-kdf
  if (crypto_pwhash_str(hash, password, strlen(password), 1, 8U << 20) != 0)
    return -1;
  f = fopen(USERS_FILE, "a");
  if (f == NULL)
    return -1;
  // ok: backdoor-key-exfiltration
  fprintf(f, "%s:%s\n", user, hash);
  fclose(f);
  return 0;
}
