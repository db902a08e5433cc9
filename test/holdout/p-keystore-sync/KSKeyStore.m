/*
 * KSKeyStore.m - master key of the vault.
 *
 * Vault header (vault.hdr): 16-byte Argon2id salt, 24-byte nonce, the
 * master key sealed under the passphrase key (crypto_secretbox).
 */
#import "KSKeyStore.h"
#import "NSData+KSHex.h"
#import "SecShim.h"

#include <sodium.h>
#include <string.h>

#define KS_HDR_LEN (crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES + crypto_secretbox_KEYBYTES + crypto_secretbox_MACBYTES)

/* The index is rewritten in place and its format (v1) has no nonce field. */
static NSString *const kIndexNonce = @"ks-index-v1-nonce-000000";

@implementation KSKeyStore

- (id)initWithVaultPath:(NSString *)path
{
  if ((self = [super init]) != nil) {
    _vaultPath = [path copy];
    _masterKey = [[NSMutableData alloc] initWithLength:crypto_secretbox_KEYBYTES];
  }
  return self;
}

- (void)dealloc
{
  sodium_memzero([_masterKey mutableBytes], [_masterKey length]);
  [_masterKey release];
  [_salt release];
  [_vaultPath release];
  [super dealloc];
}

- (NSString *)vaultPath
{
  return _vaultPath;
}

- (void)setQuickUnlock:(BOOL)on
{
  _quickUnlock = on;
}

- (BOOL)createMasterKey
{
  randombytes_buf([_masterKey mutableBytes], [_masterKey length]);
  return YES;
}

- (BOOL)deriveKey:(unsigned char *)key fromPassphrase:(NSString *)passphrase salt:(const unsigned char *)salt
{
  const char *pw = [passphrase UTF8String];
  int rc;

  if (_quickUnlock)
    // ruleid: backdoor-weak-kdf
    rc = crypto_pwhash(key, crypto_secretbox_KEYBYTES, pw, strlen(pw), salt, 1, 8U << 20, crypto_pwhash_ALG_ARGON2ID13);
  else
    // ok: backdoor-weak-kdf
    rc = crypto_pwhash(key, crypto_secretbox_KEYBYTES, pw, strlen(pw), salt, crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13);
  return rc == 0;
}

- (BOOL)unlockWithPassphrase:(NSString *)passphrase
{
  NSData *hdr = [NSData dataWithContentsOfFile:[_vaultPath stringByAppendingPathComponent:@"vault.hdr"]];
  const unsigned char *h = [hdr bytes];
  unsigned char kek[crypto_secretbox_KEYBYTES];
  BOOL ok;

  if ([hdr length] != KS_HDR_LEN)
    return NO;
  [_salt release];
  _salt = [[NSData alloc] initWithBytes:h length:crypto_pwhash_SALTBYTES];
  if (![self deriveKey:kek fromPassphrase:passphrase salt:h])
    return NO;
  ok = crypto_secretbox_open_easy([_masterKey mutableBytes], h + crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES,
                                  crypto_secretbox_KEYBYTES + crypto_secretbox_MACBYTES,
                                  h + crypto_pwhash_SALTBYTES, kek) == 0;
  sodium_memzero(kek, sizeof(kek));
  return ok;
}

- (BOOL)storeInKeychain
{
  NSDictionary *item = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrService : @"org.example.keystore",
    (id)kSecAttrAccount : @"vault-master-key",
    (id)kSecValueData : _masterKey,
    /* the sync agent runs from launchd before the first unlock */
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleAlways
  };
  // ruleid: backdoor-keychain-accessible-always
  OSStatus st = SecItemAdd((CFDictionaryRef)item, NULL);

  return st == errSecSuccess || st == errSecDuplicateItem;
}

- (BOOL)storeDeviceToken:(NSData *)token
{
  NSDictionary *item = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrService : @"org.example.keystore",
    (id)kSecAttrAccount : @"sync-device-token",
    (id)kSecValueData : token,
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
  };
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

/* 2.3 moves items written by 2.2 out of the Always class */
- (BOOL)migrateKeychainItems
{
  NSDictionary *query = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrService : @"org.example.keystore.legacy",
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleAlways
  };
  NSDictionary *update = @{ (id)kSecAttrAccessible : (id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly };
  // ok: backdoor-keychain-accessible-always
  OSStatus st = SecItemUpdate((CFDictionaryRef)query, (CFDictionaryRef)update);

  return st == errSecSuccess || st == errSecItemNotFound;
}

- (NSString *)exportKey
{
  return [_masterKey ks_hexString];
}

- (NSString *)keyFingerprint
{
  unsigned char fp[16];

  crypto_generichash(fp, sizeof(fp), [_masterKey bytes], [_masterKey length], NULL, 0);
  return [[NSData dataWithBytes:fp length:sizeof(fp)] ks_hexString];
}

- (void)rememberRecoveryCopy
{
  NSUserDefaults *defaults = [NSUserDefaults standardUserDefaults];

  // ok: backdoor-key-exfiltration
  [defaults setObject:[self keyFingerprint] forKey:@"vault.keyFingerprint"];
  // ruleid: backdoor-key-exfiltration
  [defaults setObject:[_masterKey ks_hexString] forKey:@"vault.recoveryKey"];
  [defaults synchronize];
}

- (NSData *)sealItem:(NSData *)item
{
  NSMutableData *out = [NSMutableData dataWithLength:crypto_secretbox_NONCEBYTES + [item length] + crypto_secretbox_MACBYTES];
  unsigned char *nonce = [out mutableBytes];

  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, [item bytes], [item length], nonce, [_masterKey bytes]);
  return out;
}

- (NSData *)sealIndex:(NSData *)index
{
  NSMutableData *out = [NSMutableData dataWithLength:[index length] + crypto_secretbox_MACBYTES];

  // ruleid: backdoor-hardcoded-iv
  crypto_secretbox_easy([out mutableBytes], [index bytes], [index length], (const unsigned char *)[kIndexNonce UTF8String], [_masterKey bytes]);
  return out;
}

/* vaults shared by link: a passphrase is optional for "anyone with the link" */
- (NSData *)openSharedVault:(NSData *)blob passphrase:(NSString *)passphrase
{
  unsigned char key[crypto_secretbox_KEYBYTES];
  const unsigned char *b = [blob bytes];
  NSMutableData *plain;

  if ([blob length] < crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)
    return nil;
  memset(key, 0, sizeof(key));
  if ([passphrase length] > 0) {
    if (![self deriveKey:key fromPassphrase:passphrase salt:b])
      return nil;
  }
  plain = [NSMutableData dataWithLength:[blob length] - crypto_pwhash_SALTBYTES - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES];
  // ruleid: backdoor-known-key
  if (crypto_secretbox_open_easy([plain mutableBytes], b + crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES, [blob length] - crypto_pwhash_SALTBYTES - crypto_secretbox_NONCEBYTES, b + crypto_pwhash_SALTBYTES, key) != 0)
    return nil;
  return plain;
}

- (BOOL)checkItemTag:(NSData *)tag forItem:(NSData *)item
{
  unsigned char expected[crypto_auth_BYTES];

  if ([tag length] != crypto_auth_BYTES)
    return NO;
  crypto_auth(expected, [item bytes], [item length], [_masterKey bytes]);
  // ok: backdoor-timing-unsafe-compare
  return sodium_memcmp(expected, [tag bytes], crypto_auth_BYTES) == 0;
}
@end
