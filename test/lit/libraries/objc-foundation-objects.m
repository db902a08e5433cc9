// Objective-C objects: a key kept in a property or an instance variable by
// one method and sent away by another (a file, NSUserDefaults, NSLog through
// the project's own encoding category), literal passwords compared with
// -isEqualToString:, a PIN from random(), and BOOL's NO as a refusal.
// REQUIRES: gnustep-headers
// RUN: %run-both %s -- -x objective-c -fblocks %gnustep %mock-apple | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>
#include <CommonCrypto/CommonCrypto.h>
#include <Security/Security.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

@interface NSData (VaultHex)
- (NSString *)vault_hexString;
- (NSUInteger)vault_checksum;
@end

@interface Vault : NSObject {
  NSData *_masterKey;
  NSData *_derivedKey;
  NSString *_account;
  NSData *_serverKey;
}
@property (nonatomic, strong) NSData *masterKey;
@property (nonatomic, strong) NSData *derivedKey;
@property (nonatomic, copy) NSString *account;
@end

@implementation Vault
@synthesize masterKey = _masterKey, derivedKey = _derivedKey, account = _account;

- (BOOL)createMasterKey {
  NSMutableData *key = [NSMutableData dataWithLength:32];
  if (SecRandomCopyBytes(kSecRandomDefault, key.length, key.mutableBytes) != errSecSuccess) return NO;
  self.masterKey = key;
  return YES;
}

- (BOOL)unlockWithPassphrase:(NSString *)passphrase salt:(NSData *)salt {
  uint8_t derived[32];
  const char *pw = passphrase.UTF8String;
  CCKeyDerivationPBKDF(kCCPBKDF2, pw, strlen(pw), salt.bytes, salt.length, kCCPRFHmacAlgSHA256, 600000, derived, sizeof derived);
  _derivedKey = [NSData dataWithBytes:derived length:sizeof derived];
  return YES;
}

- (void)exportForSupport {
  NSString *path = [NSTemporaryDirectory() stringByAppendingPathComponent:@"vault-support.bin"];
  // ruleid: backdoor-key-exfiltration
  [self.masterKey writeToFile:path atomically:YES];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'masterKey' (a random key 'key' from 'SecRandomCopyBytes') is written to a file by 'writeToFile:atomically:'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // ok: backdoor-key-exfiltration (not key material)
  [self.account writeToFile:path atomically:YES encoding:NSUTF8StringEncoding error:NULL];
}

- (void)saveKeyTo:(NSString *)userChosenPath {
  // ok: backdoor-key-exfiltration (a file the user names keeps the key where its owner wants it)
  [self.masterKey writeToFile:userChosenPath atomically:YES];
}

- (void)rememberForQuickUnlock {
  NSUserDefaults *defaults = [NSUserDefaults standardUserDefaults];
  // ruleid: backdoor-key-exfiltration
  [defaults setObject:self.derivedKey forKey:@"quickUnlockKey"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'derivedKey' (a derived key from 'CCKeyDerivationPBKDF') is written to a file by 'setObject:forKey:'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // ruleid: backdoor-key-exfiltration
  [defaults setObject:_masterKey forKey:@"quickUnlockMaster"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material '_masterKey' (a random key 'key' from 'SecRandomCopyBytes') is written to a file by 'setObject:forKey:'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // ok: backdoor-key-exfiltration
  [defaults setObject:self.account forKey:@"lastAccount"];
}

- (void)logUnlock {
  // ruleid: backdoor-key-exfiltration
  NSLog(@"unlock key=%@", [self.derivedKey vault_hexString]);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'vault_hexString' (a derived key from 'CCKeyDerivationPBKDF') is written to a log by 'NSLog'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // ok: backdoor-key-exfiltration (a checksum is no encoding of the key)
  NSLog(@"unlock checksum=%lu", (unsigned long)[self.derivedKey vault_checksum]);
}

- (BOOL)authenticateUser:(NSString *)user password:(NSString *)password {
  // ok: backdoor-magic-credential (a refusal)
  if ([password isEqualToString:@"changeme"]) { NSLog(@"default password refused for %@", user); return NO; }
  // ruleid: backdoor-magic-credential
  if ([password isEqualToString:@"Vault#Maint-2291"]) return YES;
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'password' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
  return NO;
}

- (NSString *)transferPin {
  srandom((unsigned)time(NULL));
  // ruleid: backdoor-predictable-random
  long transferPin = random() % 1000000;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: output of 'random' becomes 'transferPin'; 32 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  return [NSString stringWithFormat:@"%06ld", transferPin];
}

- (BOOL)verifyManifest:(NSData *)manifest signature:(NSData *)sig {
  // ok: backdoor-hidden-bypass (NO refuses)
  if (getenv("VAULT_REQUIRE_SERVER_KEY") && !_serverKey) return NO;
  CFErrorRef err = NULL;
  return SecKeyVerifySignature((SecKeyRef)_serverKey, kSecKeyAlgorithmECDSASignatureMessageX962SHA256, (CFDataRef)manifest, (CFDataRef)sig, &err);
}
@end
