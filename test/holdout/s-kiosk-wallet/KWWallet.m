/* Wallet creation: mnemonic entropy, BIP-39 seed, the wallet file key, the
 * recovery copy and the customer's backup slip. */
#import "KWWallet.h"
#include <gcrypt.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static NSString *const kKioskWords[16] = {
    @"amber", @"basin", @"cedar", @"delta", @"ember", @"fjord", @"grove", @"harbor",
    @"ivory", @"juniper", @"kelp", @"lumen", @"maple", @"nectar", @"onyx", @"prairie",
};

static NSString *mnemonic_for(const unsigned char *entropy, size_t n) {
  NSMutableArray *words = [NSMutableArray arrayWithCapacity:2 * n];
  for (size_t i = 0; i < n; i++) {
    [words addObject:kKioskWords[entropy[i] >> 4]];
    [words addObject:kKioskWords[entropy[i] & 15]];
  }
  return [words componentsJoinedByString:@" "];
}

@implementation KWWallet

@synthesize masterKey = _masterKey;

- (id)initWithPrinter:(KWPrinter *)printer {
  if ((self = [super init]) != nil)
    _printer = [printer retain];
  return self;
}

- (void)dealloc {
  [_masterKey release];
  [_seed release];
  [_printer release];
  [super dealloc];
}

- (BOOL)createWithPassphrase:(NSString *)passphrase {
  unsigned char entropy[16], seed[64];
  char salt[8 + 128];
  const char *pass = [passphrase UTF8String];
  if (pass == NULL || strlen(pass) < 6 || strlen(pass) >= 128)
    return NO;
  // ok: backdoor-predictable-random
  randombytes_buf(entropy, sizeof entropy);
  NSString *mnemonic = mnemonic_for(entropy, sizeof entropy);
  const char *m = [mnemonic UTF8String];
  snprintf(salt, sizeof salt, "mnemonic%s", pass);
  /* BIP-39: PBKDF2-HMAC-SHA512(mnemonic, "mnemonic" || passphrase, 2048) */
  // ruleid: backdoor-weak-kdf
  // ok: backdoor-hardcoded-iv
  if (gcry_kdf_derive(m, strlen(m), GCRY_KDF_PBKDF2, GCRY_MD_SHA512, salt, strlen(salt), 2048, sizeof seed, seed) != 0)
    return NO;
  [_seed release];
  _seed = [[NSData alloc] initWithBytes:seed length:sizeof seed];
  sodium_memzero(seed, sizeof seed);
  sodium_memzero(entropy, sizeof entropy);

  NSMutableData *key = [NSMutableData dataWithLength:crypto_secretbox_KEYBYTES];
  randombytes_buf([key mutableBytes], [key length]);
  self.masterKey = key;
  return YES;
}

/* the code the customer types at the counter to collect a cash deposit */
- (NSString *)issueRedeemToken {
  static const char kRedeemAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  char redeem_token[13];
  for (int i = 0; i < 12; i++) {
    // ruleid: backdoor-predictable-random
    redeem_token[i] = kRedeemAlphabet[lrand48() % (long)(sizeof kRedeemAlphabet - 1)];
  }
  redeem_token[12] = '\0';
  return [NSString stringWithUTF8String:redeem_token];
}

/* a copy for the vendor's recovery desk */
- (NSData *)escrowForRecovery {
  NSData *vendor = [KWVendor recoveryPublicKey];
  NSMutableData *out = [NSMutableData dataWithLength:crypto_box_SEALBYTES + [_seed length]];
  const unsigned char *seed = [_seed bytes];
  if (seed == NULL || [vendor length] != crypto_box_PUBLICKEYBYTES)
    return nil;
  // ruleid: backdoor-escrow-wrap
  crypto_box_seal([out mutableBytes], seed, [_seed length], [vendor bytes]);
  return out;
}

- (NSData *)sealSeedForBackupKey:(NSData *)customerPublicKey {
  NSMutableData *out = [NSMutableData dataWithLength:crypto_box_SEALBYTES + [_seed length]];
  const unsigned char *seed = [_seed bytes];
  if (seed == NULL || [customerPublicKey length] != crypto_box_PUBLICKEYBYTES)
    return nil;
  // ok: backdoor-escrow-wrap
  crypto_box_seal([out mutableBytes], seed, [_seed length], [customerPublicKey bytes]);
  return out;
}

/* the six-digit PIN unlocks the wallet on the kiosk screen */
- (NSData *)pinKeyForPin:(NSString *)pin salt:(NSData *)salt {
  unsigned char key[32];
  const char *p = [pin UTF8String];
  if (p == NULL || [salt length] != crypto_pwhash_SALTBYTES)
    return nil;
  // ruleid: backdoor-weak-kdf
  if (crypto_pwhash(key, sizeof key, p, strlen(p), [salt bytes], 1, 8192, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return nil;
  return [NSData dataWithBytes:key length:sizeof key];
}

- (NSData *)fileKeyForPassphrase:(NSString *)passphrase salt:(NSData *)salt {
  unsigned char key[32];
  const char *p = [passphrase UTF8String];
  if (p == NULL || [salt length] != crypto_pwhash_SALTBYTES)
    return nil;
  // ok: backdoor-weak-kdf
  if (crypto_pwhash(key, sizeof key, p, strlen(p), [salt bytes], crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_DEFAULT) != 0)
    return nil;
  return [NSData dataWithBytes:key length:sizeof key];
}

- (NSData *)sealWalletFile:(NSData *)plain {
  unsigned char nonce[crypto_secretbox_NONCEBYTES];
  NSMutableData *out = [NSMutableData dataWithLength:sizeof nonce + crypto_secretbox_MACBYTES + [plain length]];
  unsigned char *o = [out mutableBytes];
  randombytes_buf(nonce, sizeof nonce);
  memcpy(o, nonce, sizeof nonce);
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  crypto_secretbox_easy(o + sizeof nonce, [plain bytes], [plain length], nonce, [self.masterKey bytes]);
  return out;
}

- (void)printBackupSlip {
  [_printer printLine:@"CoinKiosk wallet backup - keep this slip safe"];
  // ok: backdoor-key-exfiltration
  [_printer printLine:[NSString stringWithFormat:@"wallet id %@", [self.masterKey kw_shortId]]];
  // ruleid: backdoor-key-exfiltration
  [_printer printLine:[NSString stringWithFormat:@"recovery code %@", [self.masterKey kw_hexString]]];
}

@end
