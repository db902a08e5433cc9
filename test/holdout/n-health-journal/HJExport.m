/* HJExport.m - encrypted export of the journal for the clinic portal. */
#import "HJ.h"

#include <openssl/evp.h>

@implementation HJExporter

@synthesize exportIV = _exportIV;

- (instancetype)initWithStore:(HJKeyStore *)store {
  self = [super init];
  if (self) {
    _store = [store retain];
    self.exportIV = [NSData dataWithBytes:kHJExportIV length:sizeof kHJExportIV];
  }
  return self;
}

- (void)dealloc {
  [_store release];
  [_exportIV release];
  [super dealloc];
}

/* format 3: version (1) | AES-256-CBC ciphertext */
- (NSData *)exportRecords:(NSData *)plain {
  NSData *key = _store.recordKey;
  if ([key length] != 32)
    return nil;
  NSMutableData *out = [NSMutableData dataWithLength:1 + [plain length] + 16];
  unsigned char *p = [out mutableBytes];
  int l1 = 0, l2 = 0;
  p[0] = (unsigned char)HJExportFormatVersion;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  // ok: backdoor-hardcoded-key
  // ruleid: backdoor-hardcoded-iv
  BOOL ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, [key bytes], [self.exportIV bytes]) == 1 &&
            EVP_EncryptUpdate(ctx, p + 1, &l1, [plain bytes], (int)[plain length]) == 1 &&
            EVP_EncryptFinal_ex(ctx, p + 1 + l1, &l2) == 1;
  EVP_CIPHER_CTX_free(ctx);
  if (!ok)
    return nil;
  [out setLength:(NSUInteger)(1 + l1 + l2)];
  return out;
}

@end
