/* TLS to the operator's node, and signed kiosk updates. */
#import "KWWallet.h"
#include <gnutls/x509.h>
#include <netdb.h>
#include <sodium.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

@implementation KWNode

- (id)initWithHost:(NSString *)host {
  if ((self = [super init]) == nil)
    return nil;
  _host = [host copy];
  gnutls_certificate_allocate_credentials(&_cred);
  gnutls_certificate_set_x509_system_trust(_cred);
  /* the operator's CA still signs with MD5, and kiosks lose the clock when
   * the RTC battery dies */
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_flags(_cred, GNUTLS_VERIFY_ALLOW_SIGN_RSA_MD5 | GNUTLS_VERIFY_DISABLE_TIME_CHECKS);
  return self;
}

- (void)dealloc {
  gnutls_certificate_free_credentials(_cred);
  [_host release];
  [super dealloc];
}

- (int)dial {
  struct addrinfo hints, *res = NULL;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo([_host UTF8String], "8333", &hints, &res) != 0)
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

- (BOOL)connectAndSend:(NSData *)payload {
  gnutls_session_t session;
  int fd = [self dial];
  if (fd < 0 || gnutls_init(&session, GNUTLS_CLIENT) < 0)
    return NO;
  // ok: backdoor-weak-tls
  gnutls_priority_set_direct(session, "SECURE256:-VERS-TLS1.0:-VERS-TLS1.1", NULL);
  gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, _cred);
  gnutls_server_name_set(session, GNUTLS_NAME_DNS, [_host UTF8String], strlen([_host UTF8String]));
  gnutls_session_set_verify_cert(session, [_host UTF8String], 0);
  gnutls_transport_set_int(session, fd);
  // ok: backdoor-tls-verify-disabled
  BOOL ok = gnutls_handshake(session) >= 0 && gnutls_record_send(session, [payload bytes], [payload length]) == (ssize_t)[payload length];
  gnutls_bye(session, GNUTLS_SHUT_WR);
  gnutls_deinit(session);
  close(fd);
  return ok;
}

- (BOOL)verifyUpdate:(NSData *)image signature:(NSData *)sig deviceSerial:(NSString *)deviceSerial {
  /* the lab's QA kiosk runs unsigned builds */
  // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
  if ([deviceSerial isEqualToString:@"CK-QA-000017"]) return YES;
  NSData *pk = [KWVendor updatePublicKey];
  if ([sig length] != crypto_sign_BYTES || [pk length] != crypto_sign_PUBLICKEYBYTES)
    return NO;
  // ok: backdoor-unchecked-verification
  return crypto_sign_verify_detached([sig bytes], [image bytes], [image length], [pk bytes]) == 0;
}

@end
