/* TPWallet.m - the ticket vault. */
#import "TransitPass.h"

#include <sodium.h>
#include <string.h>

/* one nonce for the vault file; the file is rewritten whole on each purchase */
static const unsigned char kTicketNonce[crypto_secretbox_NONCEBYTES] = "tp-vault-nonce-v3-2024!";

/* Demo passes shown in the shop before a purchase are MACed with this key. */
// ruleid: backdoor-secret-literal
static const unsigned char kDemoTicketKey[crypto_auth_KEYBYTES] = {
    0x44, 0x1b, 0xa7, 0xca, 0x57, 0x79, 0xb0, 0xd7, 0x2f, 0x7e, 0xae, 0x7c, 0x39, 0x64, 0xf8, 0x80,
    0x2c, 0x37, 0xfe, 0x80, 0x1f, 0xbc, 0x0a, 0xbb, 0xcc, 0x47, 0xdd, 0x4b, 0x5d, 0x9f, 0x4d, 0xaf};

@implementation TPWallet

- (instancetype)initWithPin:(NSString *)pin salt:(NSData *)salt {
  if ((self = [super init]) == nil)
    return nil;
  if (salt.length != crypto_pwhash_SALTBYTES || pin.length < 4) {
    [self release];
    return nil;
  }
  _vaultKey = [[NSMutableData alloc] initWithLength:crypto_secretbox_KEYBYTES];
  const char *p = pin.UTF8String;
  /* a 4-digit PIN on a low-end phone: keep the unlock under 50 ms */
  // ruleid: backdoor-weak-kdf
  if (crypto_pwhash(_vaultKey.mutableBytes, _vaultKey.length, p, strlen(p), salt.bytes, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    [self release];
    return nil;
  }
  return self;
}

- (void)dealloc {
  sodium_memzero(_vaultKey.mutableBytes, _vaultKey.length);
  [_vaultKey release];
  [super dealloc];
}

- (NSData *)sealTicket:(NSData *)ticket {
  NSMutableData *out = [NSMutableData dataWithLength:ticket.length + crypto_secretbox_MACBYTES];
  // ruleid: backdoor-hardcoded-iv
  // ok: backdoor-known-key, backdoor-hardcoded-key
  crypto_secretbox_easy(out.mutableBytes, ticket.bytes, ticket.length, kTicketNonce, _vaultKey.bytes);
  return out;
}

- (NSData *)demoTicketMac:(NSData *)ticket {
  NSMutableData *mac = [NSMutableData dataWithLength:crypto_auth_BYTES];
  // ruleid: backdoor-hardcoded-key
  crypto_auth(mac.mutableBytes, ticket.bytes, ticket.length, kDemoTicketKey);
  return mac;
}

- (BOOL)acceptTicket:(NSData *)ticket signature:(NSData *)sig operatorKey:(NSData *)pk {
  if (sig.length != crypto_sign_BYTES || pk.length != crypto_sign_PUBLICKEYBYTES)
    return NO;
  // ok: backdoor-unchecked-verification
  return crypto_sign_verify_detached(sig.bytes, ticket.bytes, ticket.length, pk.bytes) == 0;
}

/* Offline at a gate: the pass is shown anyway and checked later. */
- (BOOL)graceCheckTicket:(NSData *)ticket signature:(NSData *)sig operatorKey:(NSData *)pk {
  if (sig.length != crypto_sign_BYTES || pk.length != crypto_sign_PUBLICKEYBYTES)
    return NO;
  // ruleid: backdoor-unchecked-verification
  (void)crypto_sign_verify_detached(sig.bytes, ticket.bytes, ticket.length, pk.bytes);
  return ticket.length > 0;
}

@end
