// Apple's Security framework from C: SecKey algorithms, a session key wrapped
// under a public key compiled into the app, SecRandomCopyBytes failures and
// ignored trust and signature verdicts.
// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: apple-security weak-primitive
// coverage: apple-security escrow
// coverage: apple-security randomness
// coverage: apple-security unchecked-verification
#include <CommonCrypto/CommonCrypto.h>
#include <Security/Security.h>

// An RSA public key (DER, SubjectPublicKeyInfo), compiled in.
static const UInt8 kRecoveryPublicKey[48] = {
    0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01,
    0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01,
    0x00, 0xc3, 0x5a, 0x91, 0x0e, 0x7d, 0x22, 0xb8, 0x4f, 0x16, 0xe0, 0x3b, 0x8a, 0x57, 0xd4, 0x09};

void algorithms(SecKeyRef key, CFDataRef data, CFErrorRef *err) {
  // ruleid: backdoor-rsa-without-oaep
  SecKeyCreateEncryptedData(key, kSecKeyAlgorithmRSAEncryptionPKCS1, data, err);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'kSecKeyAlgorithmRSAEncryptionPKCS1' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // ruleid: backdoor-rsa-without-oaep
  SecKeyCreateDecryptedData(key, kSecKeyAlgorithmRSAEncryptionRaw, data, err);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'kSecKeyAlgorithmRSAEncryptionRaw' turns RSA decryption into raw textbook RSA, which is deterministic and malleable; use OAEP [backdoor-rsa-without-oaep]
  // ruleid: backdoor-weak-hash
  SecKeyCreateSignature(key, kSecKeyAlgorithmRSASignatureMessagePKCS1v15SHA1, data, err);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'kSecKeyAlgorithmRSASignatureMessagePKCS1v15SHA1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  SecKeyCreateSignature(key, kSecKeyAlgorithmECDSASignatureMessageX962SHA1, data, err);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'kSecKeyAlgorithmECDSASignatureMessageX962SHA1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
}

CFDataRef escrowed_session_key(CFDictionaryRef attrs, const void *in, size_t n, void *out,
                               size_t cap, size_t *moved) {
  UInt8 sessionKey[32], iv[16];
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof sessionKey, sessionKey) != errSecSuccess) return NULL;
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof iv, iv) != errSecSuccess) return NULL;
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, sessionKey, sizeof sessionKey, iv, in, n, out, cap, moved);
  CFDataRef der = CFDataCreate(kCFAllocatorDefault, kRecoveryPublicKey, sizeof kRecoveryPublicKey);
  SecKeyRef recovery = SecKeyCreateWithData(der, attrs, NULL);
  CFDataRef plain = CFDataCreate(kCFAllocatorDefault, sessionKey, sizeof sessionKey);
  // ruleid: backdoor-escrow-wrap
  return SecKeyCreateEncryptedData(recovery, kSecKeyAlgorithmRSAEncryptionOAEPSHA256, plain, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'plain' (a random key 'sessionKey' from 'SecRandomCopyBytes') is encrypted by 'SecKeyCreateEncryptedData' under a public key compiled into the program ('kRecoveryPublicKey'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-32]]:45: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:19: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-7]]:24: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-12]]:7: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-8]]:21: note: passed through here
}

void ignored_results(SecTrustRef trust, SecKeyRef key, CFDataRef msg, CFDataRef sig) {
  UInt8 nonce[16];
  // ruleid: backdoor-predictable-random
  SecRandomCopyBytes(kSecRandomDefault, sizeof nonce, nonce);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'SecRandomCopyBytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  // ruleid: backdoor-unchecked-verification
  SecTrustEvaluateWithError(trust, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'SecTrustEvaluateWithError' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  // ruleid: backdoor-unchecked-verification
  SecKeyVerifySignature(key, kSecKeyAlgorithmRSASignatureMessagePSSSHA256, msg, sig, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'SecKeyVerifySignature' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
}

// ---- not findings

void good_algorithms(SecKeyRef key, CFDataRef data, CFErrorRef *err) {
  // ok: backdoor-rsa-without-oaep
  SecKeyCreateEncryptedData(key, kSecKeyAlgorithmRSAEncryptionOAEPSHA256, data, err);
  // ok: backdoor-weak-hash
  SecKeyCreateSignature(key, kSecKeyAlgorithmECDSASignatureMessageX962SHA256, data, err);
}

CFDataRef session_key_to_peer(SecKeyRef peer, const void *in, size_t n, void *out, size_t cap,
                              size_t *moved) {
  UInt8 sessionKey[32], iv[16];
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof sessionKey, sessionKey) != errSecSuccess) return NULL;
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof iv, iv) != errSecSuccess) return NULL;
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, sessionKey, sizeof sessionKey, iv, in, n, out, cap, moved);
  CFDataRef plain = CFDataCreate(kCFAllocatorDefault, sessionKey, sizeof sessionKey);
  // ok: backdoor-escrow-wrap (the recipient's key comes from the caller)
  return SecKeyCreateEncryptedData(peer, kSecKeyAlgorithmRSAEncryptionOAEPSHA256, plain, NULL);
}

int checked_results(SecTrustRef trust, SecKeyRef key, CFDataRef msg, CFDataRef sig) {
  UInt8 nonce[16];
  // ok: backdoor-predictable-random
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof nonce, nonce) != errSecSuccess) return 0;
  CFErrorRef error = NULL;
  // ok: backdoor-unchecked-verification
  if (!SecTrustEvaluateWithError(trust, &error)) return 0;
  // ok: backdoor-unchecked-verification
  return SecKeyVerifySignature(key, kSecKeyAlgorithmRSASignatureMessagePSSSHA256, msg, sig, NULL) ? 1 : 0;
}
