// RUN: %run-both --checks=backdoor-weak-cipher %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// An algorithm picked from a constant table of profiles by a constant path:
// the element's initializer names it, reached through the table, a pointer
// to its element, or the array as a pointer. A profile picked at run time
// through a pointer to its element may be any entry, as one picked by
// `kStoreProfiles[which].algo` or a conditional between two constants is:
// the legacy entry is reported. A pointer assigned again is not followed.
#include <gcrypt.h>

#define STORE_PROFILE 1

struct store_profile {
  const char *label;
  int algo;
  int mode;
};

static const struct store_profile kStoreProfiles[] = {
    {"strong", GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_CBC},
    {"legacy", GCRY_CIPHER_3DES, GCRY_CIPHER_MODE_CBC},
};

int open_by_element(gcry_cipher_hd_t *h) {
  // CHECK-MESSAGES: :[[@LINE+1]]:30: warning: 'GCRY_CIPHER_3DES' selects the legacy cipher Triple DES
  return gcry_cipher_open(h, kStoreProfiles[STORE_PROFILE].algo, GCRY_CIPHER_MODE_CBC, 0);
}

int open_by_pointer(gcry_cipher_hd_t *h) {
  const struct store_profile *p = &kStoreProfiles[STORE_PROFILE];
  // CHECK-MESSAGES: :[[@LINE+1]]:30: warning: 'GCRY_CIPHER_3DES' selects the legacy cipher Triple DES
  return gcry_cipher_open(h, p->algo, p->mode, 0);
}

int open_by_offset(gcry_cipher_hd_t *h) {
  const struct store_profile *p = kStoreProfiles + 1;
  // CHECK-MESSAGES: :[[@LINE+1]]:30: warning: 'GCRY_CIPHER_3DES' selects the legacy cipher Triple DES
  return gcry_cipher_open(h, p->algo, p->mode, 0);
}

int open_first(gcry_cipher_hd_t *h) {
  const struct store_profile *p = kStoreProfiles;
  return gcry_cipher_open(h, p->algo, p->mode, 0); // AES-256
}

int open_chosen(gcry_cipher_hd_t *h, int which) {
  // Either profile: the legacy one is compiled in and selectable.
  const struct store_profile *p = &kStoreProfiles[which];
  // CHECK-MESSAGES: :[[@LINE+1]]:30: warning: 'GCRY_CIPHER_3DES' selects the legacy cipher Triple DES
  return gcry_cipher_open(h, p->algo, p->mode, 0);
}

int open_moved(gcry_cipher_hd_t *h, int upgrade) {
  const struct store_profile *p = &kStoreProfiles[1];
  if (upgrade) p = &kStoreProfiles[0];
  return gcry_cipher_open(h, p->algo, p->mode, 0);
}

int open_stepped(gcry_cipher_hd_t *h) {
  const struct store_profile *p = kStoreProfiles + 1;
  p--;
  return gcry_cipher_open(h, p->algo, p->mode, 0); // AES-256
}
