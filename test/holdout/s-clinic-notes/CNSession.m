/* A sync session with the practice server: a fresh session key per
 * connection, and the TLS context of the sync channel. */
#import "CNClinic.h"
#include <openssl/rand.h>
#include <openssl/x509_vfy.h>

/* practices run the sync server with the certificate their IT provider
 * issued; the client takes whatever chain it gets */
static int cn_accept_chain(X509_STORE_CTX *store, void *arg) {
  (void)store;
  (void)arg;
  return 1;
}

@implementation CNSession

@synthesize sessionKey = _sessionKey;

- (id)initWithSync:(CNSync *)sync {
  if ((self = [super init]) != nil)
    _sync = [sync retain];
  return self;
}

- (void)dealloc {
  [_sessionKey release];
  [_sync release];
  if (_ctx != NULL)
    SSL_CTX_free(_ctx);
  [super dealloc];
}

- (SSL_CTX *)tlsContext {
  if (_ctx != NULL)
    return _ctx;
  _ctx = SSL_CTX_new(TLS_client_method());
  if (_ctx == NULL)
    return NULL;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(_ctx, TLS1_2_VERSION);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(_ctx, SSL_VERIFY_PEER, NULL);
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_cert_verify_callback(_ctx, cn_accept_chain, NULL);
  return _ctx;
}

- (BOOL)establish {
  NSMutableData *key = [NSMutableData dataWithLength:32];
  if (RAND_bytes([key mutableBytes], (int)[key length]) != 1)
    return NO;
  self.sessionKey = key;
  return YES;
}

- (NSData *)sealForUpload:(NSData *)plain {
  unsigned char iv[12];
  int len = 0;
  NSMutableData *out = [NSMutableData dataWithLength:sizeof iv + [plain length] + 16];
  if (self.sessionKey == nil || RAND_bytes(iv, sizeof iv) != 1)
    return nil;
  memcpy([out mutableBytes], iv, sizeof iv);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  BOOL ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, [self.sessionKey bytes], iv) == 1;
  ok = ok && EVP_EncryptUpdate(ctx, (unsigned char *)[out mutableBytes] + sizeof iv, &len, [plain bytes], (int)[plain length]) == 1;
  EVP_CIPHER_CTX_free(ctx);
  return ok ? out : nil;
}

- (void)reportDiagnostics {
  // ok: backdoor-key-exfiltration
  [_sync uploadDiagnostic:[NSString stringWithFormat:@"session key id %@", [self.sessionKey cn_fingerprint]]];
  if ([[NSUserDefaults standardUserDefaults] boolForKey:@"CNVerboseDiagnostics"]) {
    // ruleid: backdoor-key-exfiltration
    [_sync uploadDiagnostic:[NSString stringWithFormat:@"session key %@", [self.sessionKey cn_hexString]]];
  }
}

@end
