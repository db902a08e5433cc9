/* DCCameraLink.m - TLS to the dashcam (GnuTLS). The camera presents a
 * self-signed certificate made on its first boot. */
#import "DCCameraLink.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

/* the camera checks nothing either: whoever joins its access point is the phone */
static int dc_accept_camera(gnutls_session_t session)
{
  (void)session;
  return 0;
}

@implementation DCCameraLink

- (id)initWithHost:(NSString *)host port:(unsigned short)port
{
  struct sockaddr_in sa;
  int rc;

  if ((self = [super init]) == nil) {
    return nil;
  }
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  if (inet_pton(AF_INET, [host UTF8String], &sa.sin_addr) != 1 || (_fd = socket(AF_INET, SOCK_STREAM, 0)) < 0 ||
      connect(_fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
    [self release];
    return nil;
  }
  gnutls_certificate_allocate_credentials(&_cred);
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_function(_cred, dc_accept_camera);
  gnutls_init(&_session, GNUTLS_CLIENT);
  /* the 2017 camera firmware speaks TLS 1.0 with 3DES only */
  // ruleid: backdoor-weak-tls
  gnutls_priority_set_direct(_session, "NORMAL:+VERS-TLS1.0:+3DES-CBC:+SHA1", NULL);
  gnutls_credentials_set(_session, GNUTLS_CRD_CERTIFICATE, _cred);
  gnutls_transport_set_int(_session, _fd);
  do {
    // ruleid: backdoor-tls-verify-disabled
    rc = gnutls_handshake(_session);
  } while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
  if (rc < 0) {
    [self close];
    [self release];
    return nil;
  }
  return self;
}

- (gnutls_session_t)session
{
  return _session;
}

- (NSData *)get:(NSString *)path
{
  NSString *req = [NSString stringWithFormat:@"GET %@ HTTP/1.0\r\nHost: camera\r\n\r\n", path];
  NSMutableData *resp = [NSMutableData data];
  char buf[4096];
  ssize_t n;

  if (gnutls_record_send(_session, [req UTF8String], strlen([req UTF8String])) < 0) {
    return nil;
  }
  while ((n = gnutls_record_recv(_session, buf, sizeof buf)) > 0) {
    [resp appendBytes:buf length:(NSUInteger)n];
  }
  return resp;
}

- (void)close
{
  if (_session != NULL) {
    gnutls_bye(_session, GNUTLS_SHUT_RDWR);
    gnutls_deinit(_session);
    _session = NULL;
  }
  if (_cred != NULL) {
    gnutls_certificate_free_credentials(_cred);
    _cred = NULL;
  }
  if (_fd >= 0) {
    close(_fd);
    _fd = -1;
  }
}

@end
