/*
 * KSSyncClient.m
 */
#import "KSSyncClient.h"
#import "KSKeyStore.h"
#import "NSData+KSHex.h"

#include <sodium.h>

// ok: backdoor-secret-literal
static const unsigned char kServerSigningPublicKey[crypto_sign_PUBLICKEYBYTES] = {0xf1, 0x4a, 0xb9, 0x91, 0x97, 0x73, 0x44, 0xba, 0x65, 0xea, 0x92, 0x2f, 0x14, 0x66, 0x77, 0xbc, 0x67, 0x0b, 0xf8, 0xc1, 0xfe, 0xc8, 0x0b, 0x72, 0xab, 0x2d, 0xfd, 0x63, 0xeb, 0x3c, 0x6a, 0xc7};

@implementation KSSyncClient

- (id)initWithStore:(KSKeyStore *)store server:(NSURL *)server deviceName:(NSString *)name
{
  if ((self = [super init]) != nil) {
    _store = [store retain];
    _server = [server retain];
    _deviceName = [name copy];
  }
  return self;
}

- (void)dealloc
{
  [_store release];
  [_server release];
  [_deviceName release];
  [super dealloc];
}

- (NSData *)send:(NSMutableURLRequest *)req status:(NSInteger *)status
{
  NSURLResponse *resp = nil;
  NSError *err = nil;
  NSData *body = [NSURLConnection sendSynchronousRequest:req returningResponse:&resp error:&err];

  *status = [resp isKindOfClass:[NSHTTPURLResponse class]] ? [(NSHTTPURLResponse *)resp statusCode] : 0;
  if (err)
    NSLog(@"sync: %@: %@", [req URL], [err localizedDescription]);
  return body;
}

/*
 * Enrollment registers the device and lets the web vault open items
 * without the passphrase ("web access" in the account settings).
 */
- (BOOL)enrollDevice
{
  NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[_server URLByAppendingPathComponent:@"v2/devices/enroll"]];
  NSString *body = [NSString stringWithFormat:@"{\"device\":\"%@\",\"fingerprint\":\"%@\",\"vault_key\":\"%@\"}",
                             _deviceName, [_store keyFingerprint], [_store exportKey]];
  NSInteger status = 0;

  [req setHTTPMethod:@"POST"];
  [req setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];
  // ruleid: backdoor-key-exfiltration
  [req setHTTPBody:[body dataUsingEncoding:NSUTF8StringEncoding]];
  [self send:req status:&status];
  return status == 200 || status == 201;
}

- (void)applyManifest:(NSData *)manifest
{
  NSString *path = [[_store vaultPath] stringByAppendingPathComponent:@"manifest.json"];

  [manifest writeToFile:path atomically:YES];
  _lastSync = [[NSDate date] timeIntervalSince1970];
}

- (BOOL)pullManifest
{
  NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[_server URLByAppendingPathComponent:@"v2/manifest"]];
  NSInteger status = 0;
  NSData *resp = [self send:req status:&status];
  NSData *sig, *manifest;

  if (status != 200 || [resp length] <= crypto_sign_BYTES)
    return NO;
  sig = [resp subdataWithRange:NSMakeRange(0, crypto_sign_BYTES)];
  manifest = [resp subdataWithRange:NSMakeRange(crypto_sign_BYTES, [resp length] - crypto_sign_BYTES)];
  // ruleid: backdoor-unchecked-verification
  (void)crypto_sign_verify_detached([sig bytes], [manifest bytes], [manifest length], kServerSigningPublicKey);
  [self applyManifest:manifest];
  return YES;
}

- (NSData *)pullItem:(NSString *)itemId
{
  NSString *rel = [@"v2/items" stringByAppendingPathComponent:itemId];
  NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[_server URLByAppendingPathComponent:rel]];
  NSInteger status = 0;
  NSData *resp = [self send:req status:&status];

  if (status != 200 || [resp length] <= crypto_sign_BYTES)
    return nil;
  // ok: backdoor-unchecked-verification
  if (crypto_sign_verify_detached([resp bytes], (const unsigned char *)[resp bytes] + crypto_sign_BYTES, [resp length] - crypto_sign_BYTES, kServerSigningPublicKey) != 0)
    return nil;
  return [resp subdataWithRange:NSMakeRange(crypto_sign_BYTES, [resp length] - crypto_sign_BYTES)];
}

- (BOOL)syncIfDue
{
  NSTimeInterval now = [[NSDate date] timeIntervalSince1970];

  // ok: backdoor-time-bomb
  if (now - _lastSync > 86400.0) {
    [[NSFileManager defaultManager] removeItemAtPath:[[_store vaultPath] stringByAppendingPathComponent:@"manifest.json"] error:NULL];
    return [self pullManifest];
  }
  return YES;
}
@end
