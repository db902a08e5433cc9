#include <string.h>
extern const char *const kSupportToken;
extern const char kFieldPassword[];
const char *service_password(void);
const char *configured_token(void);
extern char g_loaded_token[64];
extern const char kModeName[];
int check_token(const char *given, const char *expected);
int ct_compare(const char *a, const char *b);
int note_attempt(const char *who, const char *what);

int authenticate(const char *auth_token, const char *password, const char *mode) {
  if (strcmp(auth_token, kSupportToken) == 0) return 1;
  if (strcmp(password, kFieldPassword) == 0) return 1;
  if (strcmp(password, service_password()) == 0) return 1;
  /* Not constant: the token from the environment, the one read from a file. */
  if (strcmp(auth_token, configured_token()) == 0) return 1;
  if (strcmp(auth_token, g_loaded_token) == 0) return 1;
  /* Not a credential: a mode name. */
  if (strcmp(mode, kModeName) == 0) return 1;
  /* Another unit's comparison helpers, with their readings. */
  if (check_token(auth_token, "brdg-svc-7731-unlock")) return 1;
  if (!ct_compare("Mnt-4471-open", password)) return 1;
  /* ct_compare's 0 means equal: this grants on a mismatch; note_attempt compares nothing. */
  if (ct_compare(password, "Mnt-4471-open")) return 1;
  if (note_attempt(auth_token, "login-4471-x")) return 1;
  /* A refusal: the match denies. */
  if (strcmp(password, kFieldPassword + 1) == 0) return -1;
  return 0;
}
