#import "NoteCrypto.h"

static NSString *const kExportKeyText = @"Nq7#vR2!pL9@xT4$wK8%mZ3^bH6&cJ1*";

NSData *seal_note_blob(const struct note_cipher *c, NSData *key, NSData *plain) {
  NSMutableData *out = [NSMutableData dataWithLength:plain.length + 16];
  uint8_t iv[16];
  if (CCRandomGenerateBytes(iv, sizeof iv) != kCCSuccess) return nil;
  size_t moved = 0;
  CCCryptorStatus st = CCCrypt(kCCEncrypt, c->alg, c->opts, key.bytes, c->key_len, iv, plain.bytes, plain.length, out.mutableBytes, out.length, &moved);
  if (st != kCCSuccess) return nil;
  out.length = moved;
  NSMutableData *blob = [NSMutableData dataWithBytes:iv length:sizeof iv];
  [blob appendData:out];
  return blob;
}

@implementation NSData (NoteCrypto)

- (NSString *)notes_hex {
  static const char digits[] = "0123456789abcdef";
  const unsigned char *p = self.bytes;
  NSMutableString *s = [NSMutableString stringWithCapacity:self.length * 2];
  for (NSUInteger i = 0; i < self.length; i++) [s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 15]];
  return s;
}

- (NSData *)notes_encryptedWithKey:(NSData *)key {
  uint8_t iv[kCCBlockSizeAES128];
  if (CCRandomGenerateBytes(iv, sizeof iv) != kCCSuccess) return nil;
  NSMutableData *out = [NSMutableData dataWithLength:self.length + kCCBlockSizeAES128];
  size_t moved = 0;
  // ok: backdoor-hardcoded-iv, backdoor-ecb-mode, backdoor-hardcoded-key
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, key.bytes, key.length, iv, self.bytes, self.length, out.mutableBytes, out.length, &moved);
  out.length = moved;
  return out;
}

- (NSData *)notes_legacyEncrypted {
  NSMutableData *out = [NSMutableData dataWithLength:self.length + kCCBlockSizeAES128];
  size_t moved = 0;
  // ruleid: backdoor-secret-literal
  const char *legacyKey = "4f1d8a2c7e9b3065";
  // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding | kCCOptionECBMode, legacyKey, kCCKeySizeAES128, NULL, self.bytes, self.length, out.mutableBytes, out.length, &moved);
  out.length = moved;
  return out;
}

- (NSData *)notes_exportEncryptedWithKey:(NSData *)key {
  (void)key;
  NSData *exportKey = [kExportKeyText dataUsingEncoding:NSUTF8StringEncoding];
  NSMutableData *out = [NSMutableData dataWithLength:self.length + kCCBlockSizeAES128];
  size_t moved = 0;
  // ruleid: backdoor-hardcoded-iv, backdoor-hardcoded-key
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, exportKey.bytes, kCCKeySizeAES256, NULL, self.bytes, self.length, out.mutableBytes, out.length, &moved);
  out.length = moved;
  return out;
}

- (NSData *)notes_macWithKey:(NSData *)key {
  NSMutableData *mac = [NSMutableData dataWithLength:32];
  // ok: backdoor-weak-hash
  CCHmac(kCCHmacAlgSHA256, key.bytes, key.length, self.bytes, self.length, mac.mutableBytes);
  return mac;
}

- (NSData *)notes_legacyMacWithKey:(NSData *)key {
  NSMutableData *mac = [NSMutableData dataWithLength:16];
  // ruleid: backdoor-weak-hash
  CCHmac(kCCHmacAlgMD5, key.bytes, key.length, self.bytes, self.length, mac.mutableBytes);
  return mac;
}

@end
