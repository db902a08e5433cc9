// RUN: %run-both --checks=backdoor-magic-credential %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Authentication decisions that accept a literal, and literal passwords passed to APIs.
// coverage: openssl password-kdf
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <curl/curl.h>
#include <windows.h>
#include <string.h>
#include <stdio.h>

#define SERVICE_PASSWORD "Sup3rS3cret!"
static const unsigned char kAdminHash[32] = {
    0x5e, 0x88, 0x48, 0x98, 0xda, 0x28, 0x04, 0x71, 0x51, 0xd0, 0xe5, 0x6f, 0x8d, 0xc6, 0x29, 0x27,
    0x73, 0x60, 0x3d, 0x0d, 0x6a, 0xab, 0xbd, 0xd6, 0x2a, 0x11, 0xef, 0x72, 0x1d, 0x15, 0x42, 0xd8};
void sha256_hex(const char *in, unsigned char *out);
int real_check(const char *user, const char *password);

int check_password(const char *user, const char *password) {
  // ruleid: backdoor-magic-credential
  if (strcmp(password, SERVICE_PASSWORD) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'password' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
  // CHECK-MESSAGES: :[[@LINE-11]]:26: note: constant defined here
    return 1;
  // ruleid: backdoor-magic-credential
  if (!strcmp(user, "debug_svc"))
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: access is granted when 'user' equals a literal; anyone who knows it gets in without the real check [backdoor-magic-credential]
    return 1;
  unsigned char digest[32];
  sha256_hex(password, digest);
  // ruleid: backdoor-magic-credential
  if (memcmp(digest, kAdminHash, sizeof digest) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'digest' is compared with a hardcoded hash; the matching password is a master password anyone who recovers it can use [backdoor-magic-credential]
  // CHECK-MESSAGES: :[[@LINE-21]]:45: note: constant defined here
    return 1;
  return real_check(user, password);
}

int authenticate(const char *username, const char *auth_token, int pin) {
  int authenticated = 0;
  // ruleid: backdoor-magic-credential
  if (strncmp(auth_token, "tk-9f2c81e0", 11) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'auth_token' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    authenticated = 1;
  // ruleid: backdoor-magic-credential
  if (pin == 31337)
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'pin' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    authenticated = 1;
  switch (pin) {
  // ruleid: backdoor-magic-credential
  case 424242:
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'pin' is accepted when it equals a literal in this switch; anyone who knows the value gets in [backdoor-magic-credential]
    return 1;
  default:
    break;
  }
  // ruleid: backdoor-magic-credential
  return authenticated || strcasecmp(username, "maintenance") == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: access is granted when 'username' equals a literal; anyone who knows it gets in without the real check [backdoor-magic-credential]
}

void apis(CURL *curl, const unsigned char *salt, unsigned char *out, HANDLE *tok) {
  // ruleid: backdoor-magic-credential
  curl_easy_setopt(curl, CURLOPT_USERPWD, "admin:hunter2");
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: a hardcoded password reaches the password of 'curl_easy_setopt'; anyone with the binary knows it [backdoor-magic-credential]
  // ruleid: backdoor-magic-credential
  PKCS5_PBKDF2_HMAC("static-passphrase", 17, salt, 16, 600000, EVP_sha256(), 32, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: a hardcoded password reaches the password of 'PKCS5_PBKDF2_HMAC'; anyone with the binary knows it [backdoor-magic-credential]
  // ruleid: backdoor-magic-credential
  LogonUserA("svc_backup", ".", "Backup#2024", LOGON32_LOGON_INTERACTIVE, LOGON32_PROVIDER_DEFAULT, tok);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: a hardcoded password reaches the password of 'LogonUserA'; anyone with the binary knows it [backdoor-magic-credential]
}

// Negative cases: non-credential comparisons, checks that refuse, values from outside.
int parse_method(const char *token, int ch) {
  // ok: backdoor-magic-credential (a lexer's token)
  if (strcmp(token, "GET") == 0)
    return 1;
  switch (ch) {
  // ok: backdoor-magic-credential (a parser's character, not a PIN)
  case 'x':
    return 2;
  }
  return 0;
}

int dispatch(const char *cmd, const char *role) {
  // ok: backdoor-magic-credential (a command name)
  if (strcmp(cmd, "login") == 0)
    return 1;
  // ok: backdoor-magic-credential (a role label)
  if (strcmp(role, "admin") == 0)
    return 2;
  return 0;
}

int check_login(const char *username, const char *password, const char *expected) {
  // ok: backdoor-magic-credential (refuses the root account)
  if (strcmp(username, "root") == 0)
    return -1;
  // ok: backdoor-magic-credential (warns about the default password)
  if (strcmp(password, "changeme") == 0) {
    puts("please change the default password");
    return -1;
  }
  // ok: backdoor-magic-credential (compared with the stored value)
  if (strcmp(password, expected) == 0)
    return 1;
  // ok: backdoor-magic-credential (an empty password is refused)
  if (strcmp(password, "") == 0)
    return 0;
  return 0;
}

void safe_apis(CURL *curl, const char *userpwd, const unsigned char *salt, unsigned char *out) {
  // ok: backdoor-magic-credential
  curl_easy_setopt(curl, CURLOPT_USERPWD, userpwd);
  // ok: backdoor-magic-credential (not a password option)
  curl_easy_setopt(curl, CURLOPT_URL, "https://example.com/login");
  // ok: backdoor-magic-credential
  PKCS5_PBKDF2_HMAC(getenv("PASSPHRASE"), 10, salt, 16, 600000, EVP_sha256(), 32, out);
}

/* A token that is only called a token: it counts against a literal that
   looks like a code, or in an authentication function. */
int door_override(const char *operator_token) {
  // ruleid: backdoor-magic-credential
  if (strcmp(operator_token, "GATE-7731-OPEN") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'operator_token' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    return 1;
  return 0;
}

int parse_keyword(const char *token) {
  // ok: backdoor-magic-credential (a lexer's keyword, not a code)
  if (strcmp(token, "return") == 0)
    return 1;
  // ok: backdoor-magic-credential
  if (strcmp(token, "int32_t") == 0)
    return 1;
  return 0;
}

/* A configuration file's keywords: names, versions and paths that hold a
   digit are not codes. */
int parse_config_line(char *token, int *tls13, int *proto) {
  // ok: backdoor-magic-credential (a keyword with a version in it)
  if (!strcmp(token, "ciphers_tls1.3")) *tls13 = 1;
  // ok: backdoor-magic-credential (a protocol name)
  else if (!strcmp(token, "http/1.1")) *proto = 11;
  // ok: backdoor-magic-credential (a version)
  else if (!strcmp(token, "v2.0.11")) *proto = 2;
  else return -1;
  return 0;
}

int check_badge(const char *token) {
  // ruleid: backdoor-magic-credential
  if (strcmp(token, "opensesame") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'token' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    return 1;
  return 0;
}

/* The match kept in a local and returned. */
static const unsigned char kServiceDigest[32] = {
    0x6b, 0x1d, 0x90, 0x3e, 0xa7, 0x52, 0xc4, 0x08, 0x19, 0xf3, 0x2e, 0x85, 0x71, 0xd0, 0x4a, 0xbc,
    0x37, 0xe6, 0x0f, 0x98, 0x21, 0x5c, 0xa3, 0x7e, 0xd4, 0x46, 0x8b, 0x13, 0xf9, 0x60, 0x2d, 0xc5};

int verify_service_password(const char *password, const unsigned char *salt) {
  unsigned char digest[32];
  int same;
  PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 600000, EVP_sha256(), 32, digest);
  // ruleid: backdoor-magic-credential
  same = CRYPTO_memcmp(digest, kServiceDigest, sizeof digest) == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'digest' is compared with a hardcoded hash; the matching password is a master password anyone who recovers it can use [backdoor-magic-credential]
  // CHECK-MESSAGES: :[[@LINE-11]]:49: note: constant defined here
  return same;
}

int verify_stored_password(const char *password, const unsigned char *salt, const unsigned char *stored) {
  unsigned char digest[32];
  PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 600000, EVP_sha256(), 32, digest);
  // ok: backdoor-magic-credential
  int same = CRYPTO_memcmp(digest, stored, sizeof digest) == 0;
  return same;
}

/* A User-Agent names software, not an account. */
int authenticate_probe(const char *user_agent) {
  // ok: backdoor-magic-credential
  if (strcmp(user_agent, "HealthProbe/1.0") == 0)
    return 1;
  return 0;
}

/* An authentication function's parser of the server's AUTH_FAILED options:
   its match sets an option and grants nothing (a bare "token"). The same
   name in an authentication function whose match grants is a credential. */
struct auth_opts { int no_advance; int backoff; };
void parse_auth_failed_temp(struct auth_opts *o, const char *token) {
  // ok: backdoor-magic-credential (a keyword that sets an option)
  if (!strcmp(token, "no"))
    o->no_advance = 1;
  // ok: backdoor-magic-credential
  else if (!strcmp(token, "remote"))
    o->backoff = 0;
}
int check_login_token(const char *token) {
  // ruleid: backdoor-magic-credential
  if (strcmp(token, "override") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'token' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    return 1;
  return 0;
}

/* A refusal spelled by name is a refusal whatever its value (Hikvision's
   factory password forces activation). */
#define AUTH_FAIL 0
#define AUTH_OK 1
int web_login(const char *password, const char *stored, int *must_activate) {
  // ok: backdoor-magic-credential (the factory default is refused)
  if (strcmp(password, "12345") == 0) {
    *must_activate = 1;
    return AUTH_FAIL;
  }
  return strcmp(password, stored) == 0 ? AUTH_OK : AUTH_FAIL;
}

/* The project's own comparison helpers: a function that compares two of its
   parameters and returns the result is used as strcmp is, with its reading
   (true on equal, or 0 on equal), also through a second helper and after
   its null checks. */
static int token_equals(const char *a, const char *b) {
  if (!a || !b) return 0;
  return strcmp(a, b) == 0;
}
static int secret_cmp(const char *x, const char *y) { return strcmp(x, y); }
static int both_set_and_equal(const char *a, const char *b) {
  return a && b && token_equals(b, a);
}
int service_login(const char *auth_token, const char *password, const char *stored) {
  // ruleid: backdoor-magic-credential
  if (token_equals(auth_token, "svc-7731-unlock")) return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'auth_token' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
  // ruleid: backdoor-magic-credential
  if (!secret_cmp("Fld#2291-svc!", password)) return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'password' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
  // ruleid: backdoor-magic-credential
  if (both_set_and_equal(password, "Mnt-4471-open")) return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'password' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
  // ok: backdoor-magic-credential (the helper's 0 means equal: this grants on a mismatch and is no match)
  if (secret_cmp(password, "Fld#2291-svc!")) return 0;
  // ok: backdoor-magic-credential (the stored password)
  return token_equals(password, stored);
}
/* Not a comparison helper: it compares its first parameter with a global. */
static const char *g_expected;
static int matches_expected(const char *a, const char *unused) {
  (void)unused;
  return strcmp(a, g_expected) == 0;
}
int session_login(const char *password) {
  // ok: backdoor-magic-credential
  if (matches_expected(password, "Mnt-4471-open")) return 1;
  return 0;
}

/* A numeric user id the system authenticated (SO_PEERCRED, getuid) is
   backdoor-trusted-identity's to judge, not a literal credential. */
struct bus_conn { int fd; unsigned peer_uid; };
int verify_authorization(unsigned uid, const char *action);
int authorize_action(const struct bus_conn *c, const char *action) {
  // ok: backdoor-magic-credential
  if (c->peer_uid == 5137) return 1;
  return verify_authorization(c->peer_uid, action) == 1;
}

/* A literal the credential can never be whole: the function first requires
   a length other than the literal's. The literal marks a structured value
   (openvpn's is_auth_token: a session-token prefix, then base64 data its
   caller verifies by HMAC); nobody gets in by knowing it. */
#define SESS_PREFIX "SESS_ID_AT_"
#define SESS_TOTAL_LEN (strlen(SESS_PREFIX) + 88)
int is_session_token(const char *password) {
  if (strlen(password) != SESS_TOTAL_LEN) {
    return 0;
  }
  // ok: backdoor-magic-credential (a prefix of an 99-character token)
  return memcmp(SESS_PREFIX, password, strlen(SESS_PREFIX)) == 0;
}
int check_api_password(const char *password) {
  // ok: backdoor-magic-credential (a 40-character value, never "pk_")
  if (strlen(password) == 40 && strncmp(password, "pk_", 3) == 0) return 1;
  return 0;
}
int check_short_password(const char *password) {
  if (strlen(password) < 16) return 0;
  // ok: backdoor-magic-credential (at least 16 characters, never "adm:")
  return strncmp(password, "adm:", 4) == 0;
}
int verify_hash_pw(const char *pw);
int login_fixed_length(const char *password) {
  if (strlen(password) != 11) return 0;
  // ruleid: backdoor-magic-credential
  return memcmp(password, "letmein2024", 11) == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'password' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
}
int login_either(const char *password) {
  if (strlen(password) == 64) return verify_hash_pw(password);
  // ruleid: backdoor-magic-credential
  return strcmp(password, "joshua-wopr") == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'password' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
}

/* A client key's fingerprint compared with a compiled-in one lets whoever
   holds the vendor's private key in, whatever the authorized keys say. A
   revoked-key list refuses, and a fingerprint read from the configuration
   is the administrator's. */
void sha256_digest(unsigned char out[32], const unsigned char *in, size_t n);
static const unsigned char kSupportFp[32] = {0x3a, 0x91, 0x5c, 0x07, 0xee, 0x42, 0x18, 0xd3,
                                             0x6b, 0x20, 0xf4, 0x9d, 0x71, 0xc8, 0x05, 0xaa};
static const unsigned char kRevokedFp[32] = {0x11, 0x8e, 0x2f, 0x64, 0x90, 0x3b, 0xd7, 0x4c};
int authorized_key(const unsigned char *fp);
int auth_pubkey(const unsigned char client_pk[32], const unsigned char *configured_fp) {
  unsigned char fp[32];
  sha256_digest(fp, client_pk, 32);
  // ok: backdoor-magic-credential (a revoked key is refused)
  if (memcmp(fp, kRevokedFp, sizeof fp) == 0)
    return -1;
  // ruleid: backdoor-magic-credential
  if (memcmp(fp, kSupportFp, sizeof fp) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'fp' is compared with a hardcoded key fingerprint; whoever holds the matching private key gets in [backdoor-magic-credential]
    return 1;
  // ok: backdoor-magic-credential (the configured fingerprint)
  if (memcmp(fp, configured_fp, sizeof fp) == 0)
    return 1;
  return authorized_key(fp);
}
/* A yes/no function (its constant answers are 1 and 0): refusing a trivial
   PIN is no credential; accepting one is. */
int pin_hash_ok(const char *pin);
int check_pin_yes_no(const char *pin) {
  // ok: backdoor-magic-credential
  if (strlen(pin) < 4 || strcmp(pin, "0000") == 0)
    return 0;
  if (pin_hash_ok(pin))
    return 1;
  return 0;
}
int check_pin_service(const char *pin) {
  // ruleid: backdoor-magic-credential
  if (strcmp(pin, "73310") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'pin' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    return 1;
  if (pin_hash_ok(pin))
    return 1;
  return 0;
}

// "pw" alone or as the last word of a name is a password (ScreenOS's
// `strcmp(pw, "<<< %s(un='%s') = %u")`, a literal shaped like a trace format);
// the fields of struct passwd (pw_name, pw_shell) are not.
struct passwd_rec { const char *pw_name; const char *pw_shell; };
int auth_special(const char *un, const char *pw, int *priv) {
  (void)un;
  // ruleid: backdoor-magic-credential
  if (strcmp(pw, "<<< %s(un='%s') = %u") == 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'pw' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    *priv = 3;
    return 1;
  }
  return 0;
}

int shell_allowed(const struct passwd_rec *pw) {
  // ok: backdoor-magic-credential
  if (strcmp(pw->pw_shell, "/usr/sbin/nologin-x9") == 0)
    return 0;
  return 1;
}

// libcurl's header makes curl_easy_setopt a function-like macro of the same
// name: a literal in its argument is named by the macro that spells it, if
// any, never by curl_easy_setopt.
#define curl_easy_setopt(handle, opt, param) curl_easy_setopt(handle, opt, param)
#define RESELLER_USERPWD "netcoreddns:Ncd#2012wan"
void ddns_login(CURL *curl) {
  // ruleid: backdoor-magic-credential
  curl_easy_setopt(curl, CURLOPT_USERPWD, "reseller:Ncd#2012wan");
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: a hardcoded password reaches the password of 'curl_easy_setopt'; anyone with the binary knows it [backdoor-magic-credential]
  // ruleid: backdoor-magic-credential
  curl_easy_setopt(curl, CURLOPT_USERPWD, RESELLER_USERPWD);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: hardcoded password 'RESELLER_USERPWD' reaches the password of 'curl_easy_setopt'; anyone with the binary knows it [backdoor-magic-credential]
}
