// RUN: %run-both --checks=backdoor-secret-literal %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --checks=backdoor-secret-literal --config="backdoor-secret-literal.MinLength: 41" %s -- %mock | FileCheck %s -check-prefix=STRICT -implicit-check-not="{{warning|error}}:"
// STRICT: warning: variable 'client_secret' holds a base64-like string
// STRICT: warning: variable 'master_key' holds 16 random-looking bytes
// STRICT: warning: variable 'kPairingSeed' holds 32 random-looking bytes
// STRICT: warning: variable 'kRecoveryKey' holds 32 random-looking bytes
// Secret-looking literals bound to secret names, whether or not they reach an API.

// ruleid: backdoor-secret-literal
#define API_SECRET "a8f5f167f44f4964e6c998dee827110c"
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: macro 'API_SECRET' holds a hex string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
// ruleid: backdoor-secret-literal
const char *client_secret = "dGhpc2lzYXZlcnlsb25nc2VjcmV0dmFsdWUxMjM0NTY=";
// CHECK-MESSAGES: :[[@LINE-1]]:29: warning: variable 'client_secret' holds a base64-like string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
// ruleid: backdoor-secret-literal
static const char kStripeToken[] = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: variable 'kStripeToken' holds a base64-like string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
// ruleid: backdoor-secret-literal
static const unsigned char master_key[16] = {0x8d, 0x21, 0xf3, 0x5a, 0x06, 0xc9, 0x7e, 0x14, 0xb2, 0x4f, 0x90, 0x3b, 0xe7, 0x68, 0x0d, 0xa5};
// CHECK-MESSAGES: :[[@LINE-1]]:45: warning: variable 'master_key' holds 16 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]

struct service_config {
  const char *name;
  const char *api_key;
};

void configure(struct service_config *cfg) {
  // ruleid: backdoor-secret-literal
  cfg->api_key = "AKIAIOSFODNN7EXAMPLEwJalrXUtnFEMIK7MDENG";
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: variable 'api_key' holds a base64-like string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
  cfg->name = "billing";
}

struct kv { const char *k; const char *v; };
static const struct kv defaults[] = {
    // ruleid: backdoor-secret-literal
    {"recovery_token", "f3b9c2e17a6d4e0b9c8a7f6e5d4c3b2a"},
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: key 'recovery_token' holds a hex string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
    // ok: backdoor-secret-literal (not a secret name)
    {"region", "eu-west-3b9c2e17a6d4e0b9c8a7f6e5d"},
};

// Negative cases.
// ok: backdoor-secret-literal (a public key fingerprint is not a secret)
static const char *public_key_fingerprint = "9f86d081884c7d659a2feaa0c55ad015";
// ok: backdoor-secret-literal (a UUID)
static const char *secret_id = "123e4567-e89b-12d3-a456-426614174000";
// ok: backdoor-secret-literal (a message, not a value)
static const char *password_prompt = "Please enter your password:";
// ok: backdoor-secret-literal (a name, low entropy)
static const char *token_name = "session_token_cookie_name";
// ok: backdoor-secret-literal (a format string)
static const char *secret_fmt = "secret=%s&nonce=%08x";
// ok: backdoor-secret-literal (the name says nothing secret)
static const char *build_hash = "a8f5f167f44f4964e6c998dee827110c";
// ok: backdoor-secret-literal (an environment variable name)
static const char *secret_env = "APP_SECRET_KEY";
// ok: backdoor-secret-literal (a placeholder)
static const char *api_key_placeholder = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
// Counting patterns are placeholders too: most neighbours one step apart,
// up or down, across a wrap.
// ok: backdoor-secret-literal (steps of 0x11, wrapping at 0x99)
static unsigned char spool_key[16] = {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88,
                                      0x99, 0x00, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff};
// ok: backdoor-secret-literal (down to zero and up again)
static const unsigned char attach_key[16] = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6};
// ok: backdoor-secret-literal (hex digits up, then down)
static const char modbus_key_hex[] = "0123456789abcdefFEDCBA98";
// Arrays of printable characters are text, judged as strings: a phrase is
// no random secret (backdoor-hardcoded-key reports it where a cipher uses
// it), a random-looking run of characters is.
// ok: backdoor-secret-literal (a phrase)
static const unsigned char seat_key[24] = {'S', 'e', 'a', 't', 'K', 'e', 'y', '-', '2', '0', '1', '9',
                                           '-', 'v', 'e', 'n', 'd', 'o', 'r', '-', 'x', 'y', 'z', '!'};
// ruleid: backdoor-secret-literal
static const unsigned char link_key[16] = {'q', '7', 'X', 'p', '2', 'L', 'm', '9', 'Z', 'r', '4', 'T', 'w', '8', 'K', 'd'};
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: variable 'link_key' holds a base64-like string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
// A generator's seed reproduces every key drawn from it: a secret too. A
// seed word inside another word, or a count, is not.
// ruleid: backdoor-secret-literal
static const unsigned char kPairingSeed[32] = {
    0x5b, 0x3a, 0x3d, 0xd5, 0x80, 0xca, 0x3b, 0x11, 0xd2, 0x5f, 0x01, 0xdf, 0x80, 0x88, 0xc2, 0x43,
    0x84, 0x53, 0x5c, 0x5a, 0xfd, 0x9c, 0x65, 0xeb, 0x88, 0x38, 0x3e, 0x4a, 0xef, 0x0e, 0x24, 0xe8};
// CHECK-MESSAGES: :[[@LINE-3]]:47: warning: variable 'kPairingSeed' holds 32 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
// ok: backdoor-secret-literal (not a seed: "seeded" describes the table)
static const unsigned char seeded_table[16] = {0x84, 0x53, 0x5c, 0x5a, 0xfd, 0x9c, 0x65, 0xeb,
                                               0x88, 0x38, 0x3e, 0x4a, 0xef, 0x0e, 0x24, 0xe8};
// A digest named so is one-way data, not the secret it came from
// (backdoor-magic-credential reports one compared as a credential).
// ok: backdoor-secret-literal
static const unsigned char kRecoveryHash[32] = {
    0xa2, 0x5f, 0xbc, 0x41, 0x8f, 0x05, 0x7f, 0x3b, 0x65, 0x03, 0x67, 0x94, 0xcb, 0x5d, 0x7c, 0x02,
    0xa6, 0x5e, 0x51, 0xe1, 0xb6, 0x5e, 0x15, 0xd8, 0x9e, 0x93, 0x0d, 0x17, 0xe0, 0x9c, 0x4c, 0x37};
// ruleid: backdoor-secret-literal
static const unsigned char kRecoveryKey[32] = {
    0xa2, 0x5f, 0xbc, 0x41, 0x8f, 0x05, 0x7f, 0x3b, 0x65, 0x03, 0x67, 0x94, 0xcb, 0x5d, 0x7c, 0x02,
    0xa6, 0x5e, 0x51, 0xe1, 0xb6, 0x5e, 0x15, 0xd8, 0x9e, 0x93, 0x0d, 0x17, 0xe0, 0x9c, 0x4c, 0x37};
// CHECK-MESSAGES: :[[@LINE-3]]:47: warning: variable 'kRecoveryKey' holds 32 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
