// RUN: %run-both --checks=backdoor-escrow-wrap %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Secrets that are not keys of this unit but whose encryption under an
// embedded public key is escrow all the same (a wallet's seed, a mnemonic, a
// password: catalog 'escrow-plaintext-name'), and public keys compiled in as
// the head of a DER structure whose body is elided.
#include <Security/Security.h>
#include <openssl/evp.h>

// RSAPublicKey (SEQUENCE { INTEGER modulus, ... }), cut short.
static const UInt8 kVendorRSA[] = {0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00, 0xb3,
                                   0x51, 0x7e, 0x9c, 0x2d, 0x44, 0x10, 0x83, 0x5a, 0x6f, 0x02};
// SubjectPublicKeyInfo (SEQUENCE { AlgorithmIdentifier { OID ... } ... }), cut short.
static const unsigned char kVendorSPKI[] = {0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09,
                                            0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01};
// An RSAPrivateKey opens with its one-byte version: not a public key.
static const UInt8 kPrivateHead[] = {0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01,
                                     0x01, 0x00, 0xc1, 0x9e, 0x22, 0x71, 0x0a, 0x33, 0x5c, 0x18};

CFDataRef escrow_wallet_seed(CFDataRef seed) {
  CFDataRef der = CFDataCreate(kCFAllocatorDefault, kVendorRSA, sizeof kVendorRSA);
  SecKeyRef pub = SecKeyCreateWithData(der, NULL, NULL);
  // ruleid: backdoor-escrow-wrap
  return SecKeyCreateEncryptedData(pub, kSecKeyAlgorithmRSAEncryptionOAEPSHA256, seed, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'seed' is encrypted by 'SecKeyCreateEncryptedData' under a public key compiled into the program ('kVendorRSA'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-15]]:35: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:19: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-6]]:19: note: passed through here
}

int escrow_master_password(const unsigned char *masterPassword, size_t n, unsigned char *out,
                           size_t *outlen) {
  const unsigned char *p = kVendorSPKI;
  EVP_PKEY *vendor = d2i_PUBKEY(NULL, &p, sizeof kVendorSPKI);
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(vendor, NULL);
  EVP_PKEY_encrypt_init(ctx);
  // ruleid: backdoor-escrow-wrap
  return EVP_PKEY_encrypt(ctx, out, outlen, masterPassword, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'masterPassword' is encrypted by 'EVP_PKEY_encrypt' under a public key compiled into the program ('kVendorSPKI'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-26]]:44: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-8]]:28: note: value defined here
  // CHECK-MESSAGES: :[[@LINE-8]]:22: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-8]]:23: note: passed through here
}

// ---- not findings

CFDataRef seal_seed_for_device(SecKeyRef devicePub, CFDataRef seed) {
  // ok: backdoor-escrow-wrap (the recipient's key comes from the caller)
  return SecKeyCreateEncryptedData(devicePub, kSecKeyAlgorithmRSAEncryptionOAEPSHA256, seed, NULL);
}

CFDataRef upload_report(CFDataRef crash_report) {
  CFDataRef der = CFDataCreate(kCFAllocatorDefault, kVendorRSA, sizeof kVendorRSA);
  SecKeyRef pub = SecKeyCreateWithData(der, NULL, NULL);
  // ok: backdoor-escrow-wrap (telemetry, not a secret)
  return SecKeyCreateEncryptedData(pub, kSecKeyAlgorithmRSAEncryptionOAEPSHA256, crash_report, NULL);
}

CFDataRef wrap_under_private_head(CFDataRef seed) {
  CFDataRef der = CFDataCreate(kCFAllocatorDefault, kPrivateHead, sizeof kPrivateHead);
  SecKeyRef k = SecKeyCreateWithData(der, NULL, NULL);
  // ok: backdoor-escrow-wrap (20 bytes that do not read as a public key)
  return SecKeyCreateEncryptedData(k, kSecKeyAlgorithmRSAEncryptionOAEPSHA256, seed, NULL);
}
