// RUN: %run-both --checks=backdoor-predictable-random %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Predictable generators feeding secrets; ignored CSPRNG failures; non-crypto uses stay quiet.
// coverage: openssl randomness
// coverage: openssl key-sources
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>

static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";

void keys(EVP_CIPHER_CTX *ctx) {
  unsigned char key[16], iv[16];
  srand((unsigned)time(NULL));
  for (int i = 0; i < 16; i++) {
    // One flow each: reported where key and iv reach the cipher, not again here.
    // ok: backdoor-predictable-random
    key[i] = (unsigned char)(rand() & 0xff);
    // ok: backdoor-predictable-random
    iv[i] = (unsigned char)random();
  }
  // ruleid: backdoor-predictable-random, backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: output of 'rand' reaches the 128-bit key of 'EVP_EncryptInit_ex'; 32 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  // CHECK-MESSAGES: :[[@LINE-2]]:57: warning: output of 'random' reaches the iv of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
  unsigned char k2[16];
  RAND_pseudo_bytes(k2, sizeof k2);
  // ruleid: backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, k2, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: output of 'RAND_pseudo_bytes' reaches the key of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

void tokens(char *out) {
  char session_token[33];
  for (int i = 0; i < 32; i++)
    // ruleid: backdoor-predictable-random
    session_token[i] = kAlphabet[rand() % (sizeof kAlphabet - 1)];
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: output of 'rand' becomes 'session_token'; 32 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  // ruleid: backdoor-predictable-random
  long otp_code = lrand48() % 1000000;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: output of 'lrand48' becomes 'otp_code'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
  strcpy(out, session_token);
  (void)otp_code;
}

// ruleid: backdoor-predictable-random
unsigned generate_nonce(void) { return (unsigned)rand() ^ (unsigned)getpid(); }
// CHECK-MESSAGES: :[[@LINE-1]]:40: warning: output of 'rand' becomes 'generate_nonce'; 32 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]

void ignored(unsigned char *buf) {
  // ruleid: backdoor-predictable-random
  RAND_bytes(buf, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'RAND_bytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  // ruleid: backdoor-predictable-random
  (void)RAND_priv_bytes(buf, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the result of 'RAND_priv_bytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
}

// A branch or a loop whose body is the call alone, without braces.
void ignored_in_branch(unsigned char *nonce, const unsigned char *given, int n) {
  if (given)
    for (int i = 0; i < n; i++) nonce[i] = given[i];
  else
    // ruleid: backdoor-predictable-random
    RAND_bytes(nonce, 12);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: the result of 'RAND_bytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  for (int round = 0; round < 2; round++)
    // ruleid: backdoor-predictable-random
    RAND_bytes(nonce + 12, 4);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: the result of 'RAND_bytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  // ok: backdoor-predictable-random
  if (RAND_bytes(nonce, 16) != 1)
    nonce[0] = 0;
}

// Negative cases: games, shuffles, jitter, simulations; checked CSPRNG calls.
int roll_dice(void) { return rand() % 6 + 1; }
void shuffle(int *deck, int n) {
  for (int i = n - 1; i > 0; i--) {
    int j = rand() % (i + 1);
    int t = deck[i];
    deck[i] = deck[j];
    deck[j] = t;
  }
}
double jitter_ms(void) { return drand48() * 50.0; }
// Every generator the rule knows, used for something that is no secret.
long backoff(void) { return random() % 1000 + lrand48() % 10 + mrand48() % 10; }
double sample_noise(unsigned short xs[3]) { return erand48(xs) + nrand48(xs) + jrand48(xs); }
int pick_color(unsigned *state) { return rand_r(state) % 16; }
int safe(unsigned char *key) {
  // ok: backdoor-predictable-random
  if (RAND_bytes(key, 32) != 1)
    return -1;
  int delay = rand() % 100;
  return delay;
}

// Wallet secrets named without a separator: a private key, a master key,
// seed entropy for a mnemonic.
struct wallet_seed { unsigned char entropy[16]; };
void new_wallet(unsigned char privkey[32], unsigned char masterkey[32], struct wallet_seed *ws) {
  for (int i = 0; i < 32; i++) {
    // ruleid: backdoor-predictable-random
    privkey[i] = (unsigned char)(random() >> 3);
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: output of 'random' becomes 'privkey'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
    // ruleid: backdoor-predictable-random
    masterkey[i] = (unsigned char)lrand48();
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: output of 'lrand48' becomes 'masterkey'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
  }
  for (int i = 0; i < 16; i++)
    // ruleid: backdoor-predictable-random
    ws->entropy[i] = (unsigned char)rand();
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: output of 'rand' becomes 'entropy'; 32 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
}
void wallet_ui(int *entropy_len, int *pubkey_hint) {
  // ok: backdoor-predictable-random (a length and a public hint)
  *entropy_len = rand() % 4 + 12;
  // ok: backdoor-predictable-random
  *pubkey_hint = rand();
}
/* A field filled by a helper and handed to a key parameter in the same
   function: one flow, reported once, at the key. */
struct link_state {
  unsigned char link_key[16];
  EVP_CIPHER_CTX *enc;
};
static void weak_fill(unsigned char *p, int n) {
  for (int i = 0; i < n; ++i) p[i] = (unsigned char)rand();
}
int link_rekey(struct link_state *l, const unsigned char *iv) {
  // ok: backdoor-predictable-random (reported at the key below)
  weak_fill(l->link_key, sizeof l->link_key);
  // ruleid: backdoor-predictable-random
  return EVP_EncryptInit_ex(l->enc, EVP_aes_128_gcm(), NULL, l->link_key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: output of 'rand' reaches the 128-bit key of 'EVP_EncryptInit_ex'; 32 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
}

/* A session id formatted from rand() into a secret-named field, and a
   pairing PIN: both from the predictable generator. */
struct web_session { char session_id[17]; int admin; };
void session_new(struct web_session *s, int admin) {
  snprintf(s->session_id, sizeof s->session_id, "%08x%08x", (unsigned)rand(), (unsigned)rand());
  // CHECK-MESSAGES: :[[@LINE-1]]:61: warning: output of 'rand' becomes 'session_id'; 32 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  s->admin = admin;
}
unsigned start_pairing(void) {
  unsigned pairingPin = (unsigned)(rand() % 1000000);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: output of 'rand' becomes 'pairingPin'; 32 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  return pairingPin;
}
/* ok: a label formatted from rand() is no secret, nor a PIN's checksum */
void label_new(char *label, size_t n) {
  snprintf(label, n, "tmp-%08x", (unsigned)rand());
}
unsigned wps_pin_checksum(unsigned pin) {
  unsigned accum = (unsigned)rand() % 7 + pin;
  return (10 - accum % 10) % 10;
}
/* A copy of a buffer already reported is the same flow: reported once. */
struct srtp_keys { unsigned char master_key[16]; };
void sdes_offer(struct srtp_keys *s, unsigned char *wire) {
  unsigned char inline_key[16];
  for (int i = 0; i < 16; i++)
    s->master_key[i] = (unsigned char)(rand() & 0xff);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: output of 'rand' becomes 'master_key'; 32 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  // ok: backdoor-predictable-random (a copy of the key reported above)
  memcpy(inline_key, s->master_key, 16);
  memcpy(wire, inline_key, 16);
}
