/* CEAttachment.m - attachments and thumbnails sealed with XSalsa20-Poly1305 before upload. */
#import "CECore.h"

/* thumbnails use a fresh key each, so the format of 2019 kept one nonce */
static const unsigned char kThumbnailNonce[crypto_secretbox_NONCEBYTES] = {
    0x7e, 0xc0, 0xb0, 0xd9, 0xee, 0xef, 0xc2, 0x26, 0x7c, 0x35, 0x2d, 0x1c,
    0x25, 0xb3, 0xe4, 0x5c, 0x4d, 0xdf, 0x9c, 0x5d, 0x07, 0xde, 0x50, 0x4d};

@implementation CEAttachmentSealer

+ (NSData *)sealAttachment:(NSData *)plain key:(unsigned char *)keyOut
{
  unsigned char nonce[crypto_secretbox_NONCEBYTES];
  NSMutableData *out = [NSMutableData dataWithLength:sizeof nonce + crypto_secretbox_MACBYTES + [plain length]];
  crypto_secretbox_keygen(keyOut);
  randombytes_buf(nonce, sizeof nonce);
  memcpy([out mutableBytes], nonce, sizeof nonce);
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key, backdoor-known-key
  crypto_secretbox_easy((unsigned char *)[out mutableBytes] + sizeof nonce, [plain bytes], [plain length], nonce, keyOut);
  return out;
}

+ (NSData *)sealThumbnail:(NSData *)plain key:(const unsigned char *)key
{
  NSMutableData *out = [NSMutableData dataWithLength:crypto_secretbox_MACBYTES + [plain length]];
  // ruleid: backdoor-hardcoded-iv
  crypto_secretbox_easy([out mutableBytes], [plain bytes], [plain length], kThumbnailNonce, key);
  return out;
}

@end
