// Objective-C sources are scanned like C: the same rules, the same models.
// RUN: %run-both %s -- %mock -x objective-c | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <openssl/evp.h>

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
