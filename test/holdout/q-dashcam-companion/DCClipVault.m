/* DCClipVault.m - per-clip AES-256-GCM keys, wrapped under a key derived
 * from the owner's PIN (libgcrypt). */
#import "DCClipVault.h"

#import "NSData+DCHex.h"

#include <gcrypt.h>
#include <stdlib.h>
#include <string.h>

#define DC_SALT_LEN 8
#define DC_KDF_ROUNDS 1000

/* every clip has its own key, so one IV for all clips was judged enough */
static const unsigned char kClipIv[12] = {0x44, 0x43, 0x2d, 0x43, 0x4c, 0x49, 0x50, 0x2d, 0x49, 0x56, 0x30, 0x31};

@implementation DCClipVault

- (id)initWithPin:(NSString *)pin salt:(NSData *)salt root:(NSString *)root
{
  const char *p = [pin UTF8String];

  if ((self = [super init]) == nil) {
    return nil;
  }
  if ([salt length] < DC_SALT_LEN ||
      // ruleid: backdoor-weak-kdf
      gcry_kdf_derive(p, strlen(p), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, [salt bytes], DC_SALT_LEN, DC_KDF_ROUNDS, sizeof _kek, _kek) != 0) {
    [self release];
    return nil;
  }
  _root = [root copy];
  return self;
}

- (void)dealloc
{
  memset(_kek, 0, sizeof _kek);
  [_root release];
  [super dealloc];
}

- (NSData *)storeClip:(NSData *)clip named:(NSString *)name preview:(BOOL)preview
{
  unsigned char clipKey[32], tag[16], wrapped[40];
  gcry_cipher_hd_t h, w;
  NSMutableData *sealed = [NSMutableData dataWithLength:[clip length]];

  gcry_randomize(clipKey, sizeof clipKey, GCRY_STRONG_RANDOM);
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, 0) != 0) {
    return nil;
  }
  // ok: backdoor-hardcoded-key
  gcry_cipher_setkey(h, clipKey, sizeof clipKey);
  // ruleid: backdoor-hardcoded-iv
  gcry_cipher_setiv(h, kClipIv, sizeof kClipIv);
  gcry_cipher_encrypt(h, [sealed mutableBytes], [sealed length], [clip bytes], [clip length]);
  gcry_cipher_gettag(h, tag, sizeof tag);
  gcry_cipher_close(h);

  if (gcry_cipher_open(&w, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_AESWRAP, 0) != 0) {
    return nil;
  }
  // ok: backdoor-hardcoded-key
  gcry_cipher_setkey(w, _kek, sizeof _kek);
  gcry_cipher_encrypt(w, wrapped, sizeof wrapped, clipKey, sizeof clipKey);
  gcry_cipher_close(w);

  [sealed appendBytes:tag length:sizeof tag];
  [sealed writeToFile:[_root stringByAppendingPathComponent:[name stringByAppendingString:@".clip"]] atomically:YES];
  // ok: backdoor-key-exfiltration
  [[NSData dataWithBytes:wrapped length:sizeof wrapped] writeToFile:[_root stringByAppendingPathComponent:[name stringByAppendingString:@".key"]] atomically:YES];

  if (preview) {
    /* the preview helper decrypts the clip itself; hand it the key */
    NSString *hex = [[NSData dataWithBytes:clipKey length:sizeof clipKey] dc_hexString];
    // ruleid: backdoor-key-exfiltration
    setenv("DC_CLIP_KEY", [hex UTF8String], 1);
    [NSTask launchedTaskWithLaunchPath:@"/usr/libexec/dashcam/dc-preview"
                             arguments:[NSArray arrayWithObject:[_root stringByAppendingPathComponent:[name stringByAppendingString:@".clip"]]]];
  }
  memset(clipKey, 0, sizeof clipKey);
  return sealed;
}

@end
