#include "store.h"
#include <stdio.h>
#include <string.h>

union wide_key {
  uint8_t b[16];
  uint64_t w[2];
};

static int seal_record(const uint8_t *in, size_t n, uint8_t *out) {
  gcry_cipher_hd_t h;
  union wide_key k;
  uint8_t iv[8];
  k.w[0] = 0x9a3f1c77e2b4d015ULL;
  k.w[1] = 0x6c28f0a3b1d95e47ULL;
  gcry_randomize(iv, sizeof iv, GCRY_STRONG_RANDOM);
  // ruleid: backdoor-weak-cipher
  gcry_cipher_open(&h, store_cipher_algo(), GCRY_CIPHER_MODE_CBC, 0);
  // ruleid: backdoor-hardcoded-key
  gcry_cipher_setkey(h, k.b, sizeof k.b);
  gcry_cipher_setiv(h, iv, sizeof iv);
  gcry_error_t e = gcry_cipher_encrypt(h, out, n, in, n);
  gcry_cipher_close(h);
  return e ? -1 : 0;
}

static int seal_slot(int slot, const uint8_t *in, size_t n, uint8_t *out) {
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  gcry_cipher_hd_t h = open_cipher(kSlots[slot].algo, GCRY_CIPHER_MODE_CBC);
  if (!h)
    return -1;
  // ruleid: backdoor-hardcoded-key
  gcry_cipher_setkey(h, kSlots[slot].mat.key, 16);
  // ruleid: backdoor-hardcoded-iv
  gcry_cipher_setiv(h, kSlots[slot].mat.iv, 16);
  gcry_error_t e = gcry_cipher_encrypt(h, out, n, in, n);
  gcry_cipher_close(h);
  return e ? -1 : 0;
}

static int seal_index(const uint8_t *in, size_t n, uint8_t *out) {
  uint8_t ik[32];
  // ruleid: backdoor-ecb-mode
  gcry_cipher_hd_t h = open_cipher(GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_ECB);
  if (!h)
    return -1;
  gcry_randomize(ik, sizeof ik, GCRY_VERY_STRONG_RANDOM);
  // ok: backdoor-hardcoded-key, backdoor-known-key
  gcry_cipher_setkey(h, ik, sizeof ik);
  gcry_error_t e = gcry_cipher_encrypt(h, out, n, in, n);
  gcry_cipher_close(h);
  return e ? -1 : 0;
}

static int open_store(const char *pass, uint8_t key[32]) {
  uint8_t salt[16];
  gcry_randomize(salt, sizeof salt, GCRY_STRONG_RANDOM);
  // ruleid: backdoor-weak-kdf
  int rc = derive_store_key(pass, strlen(pass), salt, sizeof salt, kStoreKdfIters, key);
  if (rc != 0)
    return rc;
  // ok: backdoor-weak-kdf
  return derive_store_key(pass, strlen(pass), salt, sizeof salt, 600000UL, key);
}

static int make_host_key(gcry_sexp_t *out) {
  gcry_sexp_t parms;
  // ruleid: backdoor-short-key
  gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:1024)))");
  gcry_error_t e = gcry_pk_genkey(out, parms);
  gcry_sexp_release(parms);
  return e ? -1 : 0;
}

static int make_host_key_v2(gcry_sexp_t *out) {
  gcry_sexp_t parms;
  // ok: backdoor-short-key
  gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:3072)))");
  gcry_error_t e = gcry_pk_genkey(out, parms);
  gcry_sexp_release(parms);
  return e ? -1 : 0;
}

int main(int argc, char **argv) {
  static uint8_t in[64], out[64];
  uint8_t key[32];
  gcry_sexp_t hk;
  gcry_check_version(GCRYPT_VERSION);
  seal_record(in, sizeof in, out);
  seal_slot(0, in, sizeof in, out);
  seal_index(in, sizeof in, out);
  if (argc > 1)
    open_store(argv[1], key);
  make_host_key(&hk);
  make_host_key_v2(&hk);
  return 0;
}
