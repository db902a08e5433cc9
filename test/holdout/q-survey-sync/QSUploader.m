/* QSUploader.m - upload packages for the intake server, survey manifests,
 * and the server's receipts. */
#import "QSUploader.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

/* the outer envelope every tablet uses, so that intake can open a package
 * before it knows which project it belongs to */
// ruleid: backdoor-secret-literal
static const unsigned char kQSIntakeEnvelopeKey[32] = {
    0x3b, 0xa5, 0x9b, 0x96, 0x4a, 0xbb, 0xd6, 0x28, 0xe3, 0xf7, 0xf6, 0x34, 0xed, 0x9d, 0x73, 0xb6,
    0x8c, 0x56, 0x5c, 0x06, 0x7a, 0x4c, 0xd0, 0xa0, 0xf8, 0x6f, 0xcc, 0xcf, 0x52, 0x1a, 0x58, 0x89};

/* Ed25519 key that signs survey manifests */
// ok: backdoor-secret-literal
static const unsigned char kQSManifestSignerPublicKey[32] = {
    0x5c, 0xb0, 0x0f, 0x64, 0xd2, 0x8f, 0x7e, 0x10, 0x59, 0xe8, 0x03, 0x1e, 0x42, 0xcb, 0x18, 0x54,
    0xb5, 0xa7, 0x9e, 0xf6, 0x8f, 0x94, 0xd0, 0x39, 0x54, 0x1b, 0xad, 0xf5, 0x81, 0x87, 0x2d, 0x1a};

@implementation QSUploader

- (id)initWithProjectToken:(NSData *)token intakeURL:(NSString *)url
{
  if ((self = [super init]) != nil) {
    NSMutableData *k = [NSMutableData dataWithLength:crypto_auth_hmacsha256_KEYBYTES];
    if ([token length] != crypto_kdf_KEYBYTES ||
        crypto_kdf_derive_from_key([k mutableBytes], [k length], 1, "receipt_", [token bytes]) != 0) {
      [self release];
      return nil;
    }
    _receiptKey = [k retain];
    _intakeURL = [url copy];
  }
  return self;
}

- (void)dealloc
{
  [_receiptKey release];
  [_intakeURL release];
  [super dealloc];
}

- (NSData *)packageForUpload:(NSArray *)sealedRecords
{
  NSMutableData *body = [NSMutableData data];
  NSData *envelopeKey = [NSData dataWithBytes:kQSIntakeEnvelopeKey length:sizeof kQSIntakeEnvelopeKey];
  NSMutableData *out;
  NSUInteger i;
  unsigned char *p;

  for (i = 0; i < [sealedRecords count]; i++) {
    NSData *r = [sealedRecords objectAtIndex:i];
    uint32_t n = htonl((uint32_t)[r length]);
    [body appendBytes:&n length:sizeof n];
    [body appendData:r];
  }
  out = [NSMutableData dataWithLength:crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + [body length]];
  p = [out mutableBytes];
  randombytes_buf(p, crypto_secretbox_NONCEBYTES);
  // ruleid: backdoor-hardcoded-key
  if (crypto_secretbox_easy(p + crypto_secretbox_NONCEBYTES, [body bytes], [body length], p, [envelopeKey bytes]) != 0) {
    return nil;
  }
  return out;
}

- (BOOL)verifyManifest:(NSData *)manifest signature:(NSData *)signature
{
  /* field debugging with hand-edited manifests */
  // ruleid: backdoor-hidden-bypass
  if (getenv("QS_FIELD_DEBUG") != NULL) {
    return YES;
  }
  // ok: backdoor-hidden-bypass
  if (getenv("QS_STRICT_MANIFEST") != NULL && [manifest length] > (1u << 20)) {
    return NO;
  }
  if ([signature length] != crypto_sign_BYTES) {
    return NO;
  }
  // ok: backdoor-unchecked-verification
  return crypto_sign_verify_detached([signature bytes], [manifest bytes], [manifest length], kQSManifestSignerPublicKey) == 0;
}

- (BOOL)acceptReceipt:(NSData *)receipt tag:(NSData *)tag
{
  unsigned char mac[crypto_auth_hmacsha256_BYTES];

  crypto_auth_hmacsha256(mac, [receipt bytes], [receipt length], [_receiptKey bytes]);
  // ruleid: backdoor-timing-unsafe-compare
  return [tag length] == sizeof mac && memcmp(mac, [tag bytes], sizeof mac) == 0;
}

- (BOOL)acceptAck:(NSData *)ack tag:(NSData *)tag
{
  unsigned char mac[crypto_auth_hmacsha256_BYTES];

  crypto_auth_hmacsha256(mac, [ack bytes], [ack length], [_receiptKey bytes]);
  // ok: backdoor-timing-unsafe-compare
  return [tag length] == sizeof mac && sodium_memcmp(mac, [tag bytes], sizeof mac) == 0;
}

@end
