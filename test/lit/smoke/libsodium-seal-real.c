// Smoke test against Debian's libsodium-dev: the models of issue 15 hold for the real declarations.
// REQUIRES: sodium-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <sodium.h>

static const unsigned char kVendorPk[crypto_box_PUBLICKEYBYTES] = {
    0x8f, 0x40, 0xc5, 0xad, 0xb6, 0x8f, 0x25, 0x62, 0x4a, 0xe5, 0xb2, 0x14, 0xea, 0x76, 0x7a, 0x6e,
    0xc9, 0x4d, 0x82, 0x9d, 0x3d, 0x7b, 0x5e, 0x1a, 0xd1, 0xba, 0x6f, 0x3e, 0x21, 0x38, 0x28, 0x5f};

int seal(unsigned char *sealed, const unsigned char *peer_pk, unsigned char *out, const char *pw,
         const unsigned char *salt) {
  unsigned char k[crypto_secretbox_KEYBYTES];
  crypto_secretbox_keygen(k);
  // ruleid: backdoor-escrow-wrap
  int r = crypto_box_seal(sealed, k, sizeof k, kVendorPk);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: key material 'k' (a generated key from 'crypto_secretbox_keygen') is encrypted by 'crypto_box_seal' under a public key compiled into the program ('kVendorPk'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-11]]:67: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
  r |= crypto_box_seal(sealed, k, sizeof k, peer_pk);
  // ruleid: backdoor-weak-kdf
  r |= crypto_pwhash(out, 32, pw, 8, salt, 1, 8192, crypto_pwhash_ALG_DEFAULT);
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: the Argon2 time cost 1 of 'crypto_pwhash' is below 2; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // CHECK-MESSAGES: :[[@LINE-2]]:47: warning: the Argon2 memory cost 8,192 of 'crypto_pwhash' is below 19,922,944; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  r |= crypto_pwhash(out, 32, pw, 8, salt, crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_DEFAULT);
  return r;
}
