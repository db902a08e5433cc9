#import "SLCore.h"

#include <gnutls/crypto.h>

@implementation SLCloudLink

- (id)initWithHost:(NSString *)host {
  if ((self = [super init]) != nil)
    _host = [host copy];
  return self;
}

- (BOOL)connectFd:(int)fd {
  int ret;
  if (gnutls_certificate_allocate_credentials(&_cred) < 0 || gnutls_certificate_set_x509_system_trust(_cred) < 0 || gnutls_init(&_session, GNUTLS_CLIENT) < 0)
    return NO;
  // ok: backdoor-weak-tls
  gnutls_priority_set_direct(_session, "SECURE128:-VERS-SSL3.0:-VERS-TLS1.0:-VERS-TLS1.1", NULL);
  gnutls_credentials_set(_session, GNUTLS_CRD_CERTIFICATE, _cred);
  gnutls_server_name_set(_session, GNUTLS_NAME_DNS, [_host UTF8String], [_host length]);
  gnutls_session_set_verify_cert(_session, [_host UTF8String], 0);
  gnutls_transport_set_int(_session, fd);
  do {
    // ok: backdoor-tls-verify-disabled
    ret = gnutls_handshake(_session);
  } while (ret < 0 && gnutls_error_is_fatal(ret) == 0);
  return ret >= 0 ? YES : NO;
}

/* nonce the cloud signs to prove it is the cloud */
- (NSData *)challengeNonce {
  uint8_t nonce[16];
  // ruleid: backdoor-predictable-random
  (void)gnutls_rnd(GNUTLS_RND_NONCE, nonce, sizeof nonce);
  return [NSData dataWithBytes:nonce length:sizeof nonce];
}

- (NSData *)uploadNonce {
  uint8_t nonce[16];
  // ok: backdoor-predictable-random
  if (gnutls_rnd(GNUTLS_RND_NONCE, nonce, sizeof nonce) < 0)
    return nil;
  return [NSData dataWithBytes:nonce length:sizeof nonce];
}

- (void)dealloc {
  [_host release];
  [super dealloc];
}

@end
