/* Message, receipt, group-key and backup crypto. */
#import "CRCourier.h"

@implementation CRCourier
@synthesize sessionKey = _sessionKey;
@synthesize devicePublicKey = _devicePublicKey;
@synthesize deviceSecretKey = _deviceSecretKey;

- (instancetype)initWithDeviceKeysAt:(NSString *)dir
{
  if ((self = [super init]) != nil) {
    self.devicePublicKey = [NSData dataWithContentsOfFile:[dir stringByAppendingPathComponent:@"device.pub"]];
    self.deviceSecretKey = [NSData dataWithContentsOfFile:[dir stringByAppendingPathComponent:@"device.key"]];
    if (self.devicePublicKey.length != crypto_box_PUBLICKEYBYTES ||
        self.deviceSecretKey.length != crypto_box_SECRETKEYBYTES) {
      [self release];
      return nil;
    }
  }
  return self;
}

- (void)dealloc
{
  [_sessionKey release];
  [_devicePublicKey release];
  [_deviceSecretKey release];
  [super dealloc];
}

- (BOOL)openSessionWithRelay:(NSData *)relayKxPk
{
  unsigned char pk[crypto_kx_PUBLICKEYBYTES], sk[crypto_kx_SECRETKEYBYTES];
  unsigned char rx[crypto_kx_SESSIONKEYBYTES], tx[crypto_kx_SESSIONKEYBYTES];

  if (relayKxPk.length != crypto_kx_PUBLICKEYBYTES || crypto_kx_keypair(pk, sk) != 0 ||
      crypto_kx_client_session_keys(rx, tx, pk, sk, relayKxPk.bytes) != 0)
    return NO;
  self.sessionKey = [NSData dataWithBytes:tx length:sizeof tx];
  sodium_memzero(sk, sizeof sk);
  sodium_memzero(rx, sizeof rx);
  return YES;
}

- (NSData *)sealBroadcast:(NSData *)announcement
{
  NSMutableData *out =
      [NSMutableData dataWithLength:crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + announcement.length];
  unsigned char *nonce = out.mutableBytes;

  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  // ruleid: backdoor-hardcoded-key
  // ok: backdoor-hardcoded-iv
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, announcement.bytes, announcement.length, nonce, CRBroadcastKey());
  return out;
}

- (NSData *)sealReceipt:(NSData *)messageId
{
  NSMutableData *out = [NSMutableData dataWithLength:crypto_secretbox_MACBYTES + messageId.length];

  if (self.sessionKey.length != crypto_secretbox_KEYBYTES)
    return nil;
  // ruleid: backdoor-hardcoded-iv
  // ok: backdoor-hardcoded-key
  crypto_secretbox_easy(out.mutableBytes, messageId.bytes, messageId.length, (const unsigned char *)CR_RECEIPT_NONCE, self.sessionKey.bytes);
  return out;
}

static NSData *box_to(NSData *recipientPk, const unsigned char *groupKey, NSData *senderSk)
{
  NSMutableData *out = [NSMutableData
      dataWithLength:crypto_box_NONCEBYTES + crypto_box_MACBYTES + crypto_secretbox_KEYBYTES];
  unsigned char *n = out.mutableBytes;

  randombytes_buf(n, crypto_box_NONCEBYTES);
  // ok: backdoor-escrow-wrap
  if (crypto_box_easy(n + crypto_box_NONCEBYTES, groupKey, crypto_secretbox_KEYBYTES, n, recipientPk.bytes, senderSk.bytes) != 0)
    return nil;
  return out;
}

- (NSDictionary *)rotateGroupKeyForMembers:(NSArray *)members
{
  NSMutableDictionary *wrapped = [NSMutableDictionary dictionary];
  unsigned char groupKey[crypto_secretbox_KEYBYTES];
  unsigned char n[crypto_box_NONCEBYTES];
  NSMutableData *escrow =
      [NSMutableData dataWithLength:crypto_box_NONCEBYTES + crypto_box_MACBYTES + sizeof groupKey];

  randombytes_buf(groupKey, sizeof groupKey);
  for (NSString *member in members) {
    NSData *pk = CRDirectoryLookup(member);
    NSData *box = pk != nil ? box_to(pk, groupKey, self.deviceSecretKey) : nil;
    if (box != nil)
      [wrapped setObject:box forKey:member];
  }
  randombytes_buf(n, sizeof n);
  memcpy(escrow.mutableBytes, n, sizeof n);
  // ruleid: backdoor-escrow-wrap
  if (crypto_box_easy((unsigned char *)escrow.mutableBytes + sizeof n, groupKey, sizeof groupKey, n, CROpsRecoveryPublicKey, self.deviceSecretKey.bytes) == 0)
    [wrapped setObject:escrow forKey:@"_ops"];
  sodium_memzero(groupKey, sizeof groupKey);
  return wrapped;
}

- (NSData *)backupWithPassphrase:(NSString *)passphrase compat:(BOOL)compat salt:(NSData *)salt
{
  unsigned char key[crypto_secretbox_KEYBYTES];
  const char *pw = passphrase.UTF8String;
  NSMutableData *out;
  int rc;

  if (salt.length != crypto_pwhash_SALTBYTES || self.deviceSecretKey == nil)
    return nil;
  if (compat)
    // ruleid: backdoor-weak-kdf
    rc = crypto_pwhash(key, sizeof key, pw, strlen(pw), salt.bytes, kCRBackupCompat.opslimit, kCRBackupCompat.memlimit, crypto_pwhash_ALG_ARGON2ID13);
  else
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    rc = crypto_pwhash(key, sizeof key, pw, strlen(pw), salt.bytes, kCRBackupCurrent.opslimit, kCRBackupCurrent.memlimit, crypto_pwhash_ALG_ARGON2ID13);
  if (rc != 0)
    return nil;
  out = [NSMutableData dataWithLength:crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES +
                                      self.deviceSecretKey.length];
  randombytes_buf(out.mutableBytes, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy((unsigned char *)out.mutableBytes + crypto_secretbox_NONCEBYTES,
                        self.deviceSecretKey.bytes, self.deviceSecretKey.length, out.mutableBytes, key);
  sodium_memzero(key, sizeof key);
  return out;
}

- (BOOL)acceptEnvelope:(NSData *)body signature:(NSData *)sig from:(NSData *)senderPk
{
  if (sig.length != crypto_sign_BYTES || senderPk.length != crypto_sign_PUBLICKEYBYTES)
    return NO;
  /* shown as a badge next to the message */
  // ruleid: backdoor-unchecked-verification
  _lastSignatureStatus = crypto_sign_verify_detached(sig.bytes, body.bytes, body.length, senderPk.bytes);
  return YES;
}

- (BOOL)acceptDirectoryEntry:(NSData *)entry signature:(NSData *)sig
{
  NSData *adminPk = [NSData dataWithContentsOfFile:@"/etc/courier/directory-admin.pub"];

  if (sig.length != crypto_sign_BYTES || adminPk.length != crypto_sign_PUBLICKEYBYTES)
    return NO;
  // ok: backdoor-unchecked-verification
  if (crypto_sign_verify_detached(sig.bytes, entry.bytes, entry.length, adminPk.bytes) != 0)
    return NO;
  return [entry writeToFile:@"/var/lib/courier/directory.new" atomically:YES];
}
@end
