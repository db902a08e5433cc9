#import "Wallet.h"

@implementation WalletVault
@synthesize masterKey = _masterKey, walletId = _walletId;

- (BOOL)createMasterKey {
  NSMutableData *key = [NSMutableData dataWithLength:32];
  // ok: backdoor-predictable-random
  if (SecRandomCopyBytes(kSecRandomDefault, key.length, key.mutableBytes) != errSecSuccess) return NO;
  self.masterKey = key;
  return YES;
}

- (NSData *)escrowMasterKey {
  SecKeyRef recovery = WalletRecoveryPublicKey();
  // ruleid: backdoor-escrow-wrap
  CFDataRef wrapped = SecKeyCreateEncryptedData(recovery, kSecKeyAlgorithmRSAEncryptionOAEPSHA256, (CFDataRef)self.masterKey, NULL);
  return (NSData *)wrapped;
}

- (NSData *)encryptCrashReport:(NSData *)report {
  SecKeyRef recovery = WalletRecoveryPublicKey();
  // ok: backdoor-escrow-wrap
  CFDataRef sealed = SecKeyCreateEncryptedData(recovery, kSecKeyAlgorithmRSAEncryptionOAEPSHA256, (CFDataRef)report, NULL);
  return (NSData *)sealed;
}

- (BOOL)storeMasterKeyInKeychain {
  NSDictionary *q = @{(id)kSecClass : (id)kSecClassGenericPassword, (id)kSecAttrService : @"wallet.master", (id)kSecAttrAccessible : (id)kSecAttrAccessibleAlways, (id)kSecValueData : self.masterKey};
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)q, NULL) == errSecSuccess;
}

- (BOOL)storeSettingsInKeychain:(NSData *)settings {
  NSDictionary *q = @{(id)kSecClass : (id)kSecClassGenericPassword, (id)kSecAttrService : @"wallet.settings", (id)kSecAttrAccessible : (id)kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly, (id)kSecValueData : settings};
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)q, NULL) == errSecSuccess;
}

- (void)exportForSupport {
  NSString *path = [NSTemporaryDirectory() stringByAppendingPathComponent:@"wallet-support.bin"];
  // ruleid: backdoor-key-exfiltration
  [self.masterKey writeToFile:path atomically:YES];
  NSData *escrowed = [self escrowMasterKey];
  // ok: backdoor-key-exfiltration
  [escrowed writeToFile:[path stringByAppendingString:@".escrow"] atomically:YES];
}

- (NSData *)legacyBackupOf:(NSData *)plain {
  uint8_t iv[kCCBlockSizeDES];
  arc4random_buf(iv, sizeof iv);
  NSMutableData *out = [NSMutableData dataWithLength:plain.length + kCCBlockSizeDES];
  size_t moved = 0;
  // ruleid: backdoor-weak-cipher, backdoor-short-key
  CCCrypt(kCCEncrypt, kCCAlgorithmDES, kCCOptionPKCS7Padding, self.masterKey.bytes, kCCKeySizeDES, iv, plain.bytes, plain.length, out.mutableBytes, out.length, &moved);
  out.length = moved;
  return out;
}

- (NSData *)backupOf:(NSData *)plain {
  uint8_t iv[kCCBlockSizeAES128];
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof iv, iv) != errSecSuccess) return nil;
  NSMutableData *out = [NSMutableData dataWithLength:plain.length + kCCBlockSizeAES128];
  size_t moved = 0;
  // ok: backdoor-weak-cipher, backdoor-short-key, backdoor-hardcoded-iv, backdoor-hardcoded-key
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, self.masterKey.bytes, kCCKeySizeAES256, iv, plain.bytes, plain.length, out.mutableBytes, out.length, &moved);
  out.length = moved;
  return out;
}

@end
