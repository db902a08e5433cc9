// Objective-C sources are scanned like C: the same rules, the same models.
// RUN: %run-both %s -- %mock -x objective-c | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <openssl/evp.h>
#include <sodium.h>

@interface Vault
- (int)sealWith:(EVP_CIPHER_CTX *)ctx key:(const unsigned char *)key;
@end

@implementation Vault
- (int)sealWith:(EVP_CIPHER_CTX *)ctx key:(const unsigned char *)key {
  // ruleid: backdoor-weak-cipher
  return EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, key, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'EVP_des_cbc' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
}
@end

// A verification result kept in an instance variable that nothing reads
// (not public, backing no property, no read in the implementation): as good
// as ignored. One that is read is checked.
@interface Courier {
  int _lastSignatureStatus;
  int _lastChecked;
}
- (int)accept:(const unsigned char *)sig body:(const unsigned char *)m length:(unsigned long long)n key:(const unsigned char *)pk;
- (int)lastChecked;
@end

@implementation Courier
- (int)accept:(const unsigned char *)sig body:(const unsigned char *)m length:(unsigned long long)n key:(const unsigned char *)pk {
  // ruleid: backdoor-unchecked-verification
  _lastSignatureStatus = crypto_sign_verify_detached(sig, m, n, pk);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: the result of 'crypto_sign_verify_detached' is stored in '_lastSignatureStatus', which nothing reads, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  // ok: backdoor-unchecked-verification
  _lastChecked = crypto_sign_verify_detached(sig, m, n, pk);
  return 1;
}
- (int)lastChecked {
  return _lastChecked;
}
@end

// Objective-C string objects hold secrets as C strings do.
@interface NSString
@end
@interface NSConstantString : NSString
@end
// ruleid: backdoor-secret-literal
static NSString *const kCmsApiToken = @"5Sqmq1mFoRXjTONQ/4+6hVA0zrEpVLWgF+vwS6A+";
// CHECK-MESSAGES: :[[@LINE-1]]:39: warning: variable 'kCmsApiToken' holds a base64-like string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
// ok: backdoor-secret-literal
static NSString *const kUnlockNotification = @"VaultDidUnlockNotification";
// ok: backdoor-secret-literal
static NSString *const kTokenHeader = @"X-Cms-Token";
