#import "SLCore.h"

#include <gcrypt.h>

/* V5 logger frames to the inverter's RS-485 bridge: AES-128, the key of
 * every stick of the product line, masked in the image. */
// ruleid: backdoor-secret-literal
static const unsigned char kMaskedFrameKey[16] = {0x2b, 0xac, 0x1d, 0xd3, 0x1c, 0x2a, 0x01, 0x7d, 0xb9, 0xd2, 0x62, 0x32, 0x6d, 0x85, 0x4c, 0x5f};

/* Diagnostic frames of the factory test jig. */
// ok: backdoor-secret-literal
static const unsigned char kDiagFrameKey[16] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f};

@implementation SLFrameCrypt

- (NSData *)sealFrame:(NSData *)frame {
  unsigned char key[16];
  gcry_cipher_hd_t h;
  NSUInteger padded = ([frame length] + 15) / 16 * 16;
  NSMutableData *out = [NSMutableData dataWithLength:padded];
  NSMutableData *in = [NSMutableData dataWithData:frame];
  [in setLength:padded];
  for (int i = 0; i < 16; i++)
    key[i] = (unsigned char)(kMaskedFrameKey[i] ^ 0xa5);
  // ruleid: backdoor-ecb-mode
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES128, GCRY_CIPHER_MODE_ECB, 0) != 0)
    return nil;
  // ruleid: backdoor-hardcoded-key
  if (gcry_cipher_setkey(h, key, sizeof key) != 0 || gcry_cipher_encrypt(h, [out mutableBytes], padded, [in bytes], padded) != 0) {
    gcry_cipher_close(h);
    return nil;
  }
  gcry_cipher_close(h);
  return out;
}

- (NSData *)sealDiagnosticFrame:(NSData *)frame {
  unsigned char iv[16];
  gcry_cipher_hd_t h;
  NSUInteger padded = ([frame length] + 15) / 16 * 16;
  NSMutableData *out = [NSMutableData dataWithLength:16 + padded];
  NSMutableData *in = [NSMutableData dataWithData:frame];
  [in setLength:padded];
  gcry_create_nonce(iv, sizeof iv);
  // ok: backdoor-ecb-mode
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES128, GCRY_CIPHER_MODE_CBC, 0) != 0)
    return nil;
  // ruleid: backdoor-known-key
  if (gcry_cipher_setkey(h, kDiagFrameKey, sizeof kDiagFrameKey) != 0 ||
      // ok: backdoor-hardcoded-iv
      gcry_cipher_setiv(h, iv, sizeof iv) != 0 || gcry_cipher_encrypt(h, (unsigned char *)[out mutableBytes] + 16, padded, [in bytes], padded) != 0) {
    gcry_cipher_close(h);
    return nil;
  }
  gcry_cipher_close(h);
  memcpy([out mutableBytes], iv, sizeof iv);
  return out;
}

@end
