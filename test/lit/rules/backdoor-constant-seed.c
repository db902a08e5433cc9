// RUN: %run-both --checks=backdoor-constant-seed %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Random generators seeded with constants or with entropy functions that
// return no entropy.
// coverage: openssl randomness
// coverage: mbedtls randomness
// coverage: libsodium randomness
// coverage: wolfssl randomness
#include <openssl/evp.h>
#include <mbedtls/ssl.h>
#include <sodium.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <string.h>
#include <stdlib.h>

static const unsigned char FIXED_SEED[32] = "correct horse battery staple!!!";

static int fake_entropy(void *ctx, unsigned char *out, size_t len) {
  memset(out, 0x42, len);
  return 0;
}

static int lazy_entropy(void *ctx, unsigned char *out, size_t len) { return 0; }

static int clock_entropy(void *ctx, unsigned char *out, size_t len) {
  for (size_t i = 0; i < len; i++) out[i] = (unsigned char)rand();
  return 0;
}

static int weak_source(void *data, unsigned char *out, size_t len, size_t *olen) {
  memcpy(out, "0123456789abcdef", len < 16 ? len : 16);
  *olen = len;
  return 0;
}

static int fixed_bytes(unsigned char *buf, int num) {
  memset(buf, 7, num);
  return 1;
}

static RAND_METHOD deterministic = {NULL, fixed_bytes, NULL, NULL, fixed_bytes, NULL};

void seeds(mbedtls_ctr_drbg_context *drbg, mbedtls_entropy_context *ent, void *hmac_drbg) {
  // ruleid: backdoor-constant-seed
  RAND_seed(FIXED_SEED, sizeof FIXED_SEED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: constant data 'FIXED_SEED' seeds 'RAND_seed'; it adds no entropy, and where it is the only seed every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-31]]:45: note: constant defined here
  // ruleid: backdoor-constant-seed
  RAND_add("0123456789abcdef", 16, 16.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: constant data seeds 'RAND_add'; it adds no entropy, and where it is the only seed every key the generator makes is predictable [backdoor-constant-seed]
  // ruleid: backdoor-constant-seed
  mbedtls_ctr_drbg_seed(drbg, fake_entropy, NULL, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: entropy function 'fake_entropy' given to 'mbedtls_ctr_drbg_seed' returns constant data; every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-36]]:12: note: entropy function defined here
  // ruleid: backdoor-constant-seed
  mbedtls_ctr_drbg_seed(drbg, lazy_entropy, NULL, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: entropy function 'lazy_entropy' given to 'mbedtls_ctr_drbg_seed' never fills its output; every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-35]]:12: note: entropy function defined here
  // ruleid: backdoor-constant-seed
  mbedtls_ctr_drbg_seed(drbg, clock_entropy, NULL, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: entropy function 'clock_entropy' given to 'mbedtls_ctr_drbg_seed' returns guessable data; every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-37]]:12: note: entropy function defined here
  // ruleid: backdoor-constant-seed
  mbedtls_entropy_add_source(ent, weak_source, NULL, 32, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: entropy function 'weak_source' given to 'mbedtls_entropy_add_source' returns constant data; every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-36]]:12: note: entropy function defined here
  // ruleid: backdoor-constant-seed
  mbedtls_hmac_drbg_seed_buf(hmac_drbg, NULL, FIXED_SEED, sizeof FIXED_SEED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: constant data 'FIXED_SEED' seeds 'mbedtls_hmac_drbg_seed_buf'; it adds no entropy, and where it is the only seed every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-54]]:45: note: constant defined here
  // ruleid: backdoor-constant-seed
  RAND_set_rand_method(&deterministic);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'RAND_set_rand_method' installs a random method whose bytes function 'fixed_bytes' returns constant data; every key and nonce the library makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-38]]:12: note: bytes function defined here
}

void deterministic_key(unsigned char key[32]) {
  // ruleid: backdoor-constant-seed
  randombytes_buf_deterministic(key, 32, FIXED_SEED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: constant data 'FIXED_SEED' seeds 'randombytes_buf_deterministic'; it adds no entropy, and where it is the only seed every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-65]]:45: note: constant defined here
}

void wolfssl_reseed(WC_RNG *rng) {
  // ruleid: backdoor-constant-seed
  wc_RNG_DRBG_Reseed(rng, FIXED_SEED, sizeof FIXED_SEED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: constant data 'FIXED_SEED' seeds 'wc_RNG_DRBG_Reseed'; it adds no entropy, and where it is the only seed every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-72]]:45: note: constant defined here
}

// ---- not findings

void wolfssl_reseed_from_os(WC_RNG *rng) {
  byte fresh[32];
  getrandom(fresh, sizeof fresh, 0);
  // ok: backdoor-constant-seed
  wc_RNG_DRBG_Reseed(rng, fresh, sizeof fresh);
}

static int urandom_entropy(void *ctx, unsigned char *out, size_t len) {
  int fd = open("/dev/urandom", 0);
  return read(fd, out, len) == (long)len ? 0 : -1;
}

void good_seeds(mbedtls_ctr_drbg_context *drbg, mbedtls_entropy_context *ent, const char *pers) {
  // ok: backdoor-constant-seed
  mbedtls_ctr_drbg_seed(drbg, mbedtls_entropy_func, ent, (const unsigned char *)pers, strlen(pers));
  // ok: backdoor-constant-seed
  mbedtls_ctr_drbg_seed(drbg, urandom_entropy, NULL, NULL, 0);
  unsigned char extra[32];
  getrandom(extra, sizeof extra, 0);
  // ok: backdoor-constant-seed
  RAND_seed(extra, sizeof extra);
}

void seeded_from_random(unsigned char key[32]) {
  unsigned char seed[32];
  randombytes_buf(seed, sizeof seed);
  // ok: backdoor-constant-seed
  randombytes_buf_deterministic(key, 32, seed);
}

/* A replay generator: a hash over a constant pool and a static counter that
   starts at zero (no initializer) is a fixed sequence. */
static const unsigned char kPool[] = "replay-pool-2024";
static unsigned long long replay_counter;

static int replay_bytes(unsigned char *buf, int num) {
  unsigned char in[sizeof kPool + sizeof replay_counter], md[32];
  memcpy(in, kPool, sizeof kPool);
  memcpy(in + sizeof kPool, &replay_counter, sizeof replay_counter);
  SHA256(in, sizeof in, md);
  memcpy(buf, md, num < 32 ? num : 32);
  replay_counter++;
  return 1;
}

static RAND_METHOD replay = {NULL, replay_bytes, NULL, NULL, replay_bytes, NULL};

/* The same shape over a counter another unit may set. */
unsigned long long shared_counter;

static int shared_bytes(unsigned char *buf, int num) {
  unsigned char in[sizeof kPool + sizeof shared_counter], md[32];
  memcpy(in, kPool, sizeof kPool);
  memcpy(in + sizeof kPool, &shared_counter, sizeof shared_counter);
  SHA256(in, sizeof in, md);
  memcpy(buf, md, num < 32 ? num : 32);
  return 1;
}

static RAND_METHOD shared = {NULL, shared_bytes, NULL, NULL, shared_bytes, NULL};

void install(int mode) {
  if (mode == 1) {
    // ruleid: backdoor-constant-seed
    RAND_set_rand_method(&replay);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'RAND_set_rand_method' installs a random method whose bytes function 'replay_bytes' returns constant data; every key and nonce the library makes is predictable [backdoor-constant-seed]
    // CHECK-MESSAGES: :[[@LINE-31]]:12: note: bytes function defined here
  } else {
    // ok: backdoor-constant-seed
    RAND_set_rand_method(&shared);
  }
}

/* Bytes computed from the clock alone (a xorshift over clock_gettime), and
   the same mixer over /dev/urandom's bytes. */
struct timespec { long tv_sec; long tv_nsec; };
int clock_gettime(int clk, struct timespec *ts);
long read(int fd, void *buf, unsigned long n);
static unsigned long long g_boot_state;
static unsigned long long boot_word(void) {
  struct timespec ts;
  clock_gettime(1, &ts);
  g_boot_state ^= (unsigned long long)ts.tv_nsec + ((unsigned long long)ts.tv_sec << 32);
  g_boot_state ^= g_boot_state << 13;
  g_boot_state ^= g_boot_state >> 7;
  return g_boot_state;
}
static int boot_bytes(unsigned char *buf, int num) {
  for (int i = 0; i < num; i += 8) {
    unsigned long long w = boot_word();
    memcpy(buf + i, &w, num - i < 8 ? (size_t)(num - i) : 8);
  }
  return 1;
}
static const RAND_METHOD boot_rand = {NULL, boot_bytes, NULL, NULL, boot_bytes, NULL};
static int urandom_fd = -1;
static int pool_bytes(unsigned char *buf, int num) {
  unsigned long long w = 0;
  for (int i = 0; i < num; i += 8) {
    if (read(urandom_fd, &w, sizeof w) != (long)sizeof w) return 0;
    w ^= boot_word();
    memcpy(buf + i, &w, num - i < 8 ? (size_t)(num - i) : 8);
  }
  return 1;
}
static const RAND_METHOD pool_rand = {NULL, pool_bytes, NULL, NULL, pool_bytes, NULL};
void install_boot(int ready) {
  if (!ready) {
    // ruleid: backdoor-constant-seed
    RAND_set_rand_method(&boot_rand);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'RAND_set_rand_method' installs a random method whose bytes function 'boot_bytes' returns data computed from the clock alone; every key and nonce the library makes is predictable [backdoor-constant-seed]
    // CHECK-MESSAGES: :[[@LINE-24]]:12: note: bytes function defined here
  } else {
    // ok: backdoor-constant-seed (the mixer reads /dev/urandom)
    RAND_set_rand_method(&pool_rand);
  }
}

// An entropy source that copies a field of the context it was handed (the
// gateway's serial number out of its configuration): the caller's data, not
// entropy. One that reads a device named in its context is silent.
struct gw_config { char gw_serial[16]; int rng_fd; };
static int serial_source(void *data, unsigned char *output, size_t len, size_t *olen) {
  const struct gw_config *cfg = data;
  size_t n = len < sizeof cfg->gw_serial ? len : sizeof cfg->gw_serial;
  memcpy(output, cfg->gw_serial, n);
  *olen = n;
  return 0;
}
#include <unistd.h>
static int device_source(void *data, unsigned char *output, size_t len, size_t *olen) {
  const struct gw_config *cfg = data;
  long r = (long)read(cfg->rng_fd, output, len);
  *olen = r > 0 ? (size_t)r : 0;
  return r > 0 ? 0 : -1;
}
void gateway_entropy(mbedtls_entropy_context *ent, struct gw_config *cfg) {
  // ruleid: backdoor-constant-seed
  mbedtls_entropy_add_source(ent, serial_source, cfg, 16, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: entropy function 'serial_source' given to 'mbedtls_entropy_add_source' returns the data it was handed, not entropy; every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-18]]:12: note: entropy function defined here
  // ok: backdoor-constant-seed
  mbedtls_entropy_add_source(ent, device_source, cfg, 32, 1);
}

// The station address of the context it was handed, stirred into a fixed
// pattern (Kr00k-era chips without a TRNG): still what it was handed. One
// that mixes the device's bytes into the pattern is silent.
struct wl_if { unsigned char mac[6]; int rng_fd; };
static const unsigned char kBootMix[16] = {0x5a, 0xa5, 0x3c, 0xc3, 0x0f, 0xf0, 0x69, 0x96,
                                           0x12, 0x21, 0x34, 0x43, 0x56, 0x65, 0x78, 0x87};
static int boot_entropy(void *ctx, unsigned char *out, size_t len) {
  const struct wl_if *ifp = ctx;
  for (size_t i = 0; i < len; i++)
    out[i] = (unsigned char)(ifp->mac[i % 6] ^ kBootMix[i % sizeof kBootMix] ^ (unsigned char)i);
  return 0;
}
static int stirred_device(void *ctx, unsigned char *out, size_t len) {
  const struct wl_if *ifp = ctx;
  long r = (long)read(ifp->rng_fd, out, len);
  for (size_t i = 0; i < len; i++) out[i] ^= kBootMix[i % sizeof kBootMix];
  return r == (long)len ? 0 : -1;
}
int wl_rng_init(mbedtls_ctr_drbg_context *drbg, struct wl_if *ifp) {
  // ok: backdoor-constant-seed
  if (mbedtls_ctr_drbg_seed(drbg, stirred_device, ifp, NULL, 0) != 0) return -1;
  // ruleid: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(drbg, boot_entropy, ifp, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: entropy function 'boot_entropy' given to 'mbedtls_ctr_drbg_seed' returns the data it was handed, not entropy; every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-18]]:12: note: entropy function defined here
}
