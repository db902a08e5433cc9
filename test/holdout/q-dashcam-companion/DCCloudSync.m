/* DCCloudSync.m - upload of sealed clips to the vendor cloud (GnuTLS). */
#import "DCCloudSync.h"

#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

static FILE *gKeyLog;

static void hex_out(FILE *fp, const unsigned char *p, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++) {
    fprintf(fp, "%02x", p[i]);
  }
}

/* NSS key log lines, for looking at the upload protocol in Wireshark */
static int dc_cloud_keylog(gnutls_session_t session, const char *label, const gnutls_datum_t *secret)
{
  gnutls_datum_t client_random, server_random;

  if (gKeyLog == NULL) {
    return 0;
  }
  gnutls_session_get_random(session, &client_random, &server_random);
  fprintf(gKeyLog, "%s ", label);
  hex_out(gKeyLog, client_random.data, client_random.size);
  fputc(' ', gKeyLog);
  hex_out(gKeyLog, secret->data, secret->size);
  fputc('\n', gKeyLog);
  fflush(gKeyLog);
  return 0;
}

static int dial(const char *host)
{
  struct addrinfo hints, *res = NULL, *ai;
  int fd = -1;

  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, "443", &hints, &res) != 0) {
    return -1;
  }
  for (ai = res; ai != NULL && fd < 0; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
      close(fd);
      fd = -1;
    }
  }
  freeaddrinfo(res);
  return fd;
}

@implementation DCCloudSync

- (id)initWithHost:(NSString *)host
{
  const char *h = [host UTF8String];
  int rc;

  if ((self = [super init]) == nil) {
    return nil;
  }
  if (gKeyLog == NULL) {
    // ruleid: backdoor-tls-keylog
    const char *path = getenv("SSLKEYLOGFILE");
    if (path != NULL) {
      gKeyLog = fopen(path, "a");
    }
  }
  if ((_fd = dial(h)) < 0) {
    [self release];
    return nil;
  }
  gnutls_certificate_allocate_credentials(&_cred);
  gnutls_certificate_set_x509_system_trust(_cred);
  gnutls_init(&_session, GNUTLS_CLIENT);
  // ok: backdoor-weak-tls
  gnutls_priority_set_direct(_session, "SECURE128:-VERS-TLS1.0:-VERS-TLS1.1", NULL);
  gnutls_credentials_set(_session, GNUTLS_CRD_CERTIFICATE, _cred);
  gnutls_server_name_set(_session, GNUTLS_NAME_DNS, h, strlen(h));
  gnutls_session_set_verify_cert(_session, h, 0);
  // ruleid: backdoor-tls-keylog
  gnutls_session_set_keylog_function(_session, dc_cloud_keylog);
  gnutls_transport_set_int(_session, _fd);
  do {
    // ok: backdoor-tls-verify-disabled
    rc = gnutls_handshake(_session);
  } while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
  if (rc < 0) {
    gnutls_deinit(_session);
    gnutls_certificate_free_credentials(_cred);
    close(_fd);
    [self release];
    return nil;
  }
  return self;
}

- (BOOL)uploadClipNamed:(NSString *)name data:(NSData *)sealed
{
  NSString *hdr = [NSString stringWithFormat:@"PUT /v1/clips/%@ HTTP/1.1\r\nHost: cloud\r\nContent-Length: %lu\r\n\r\n",
                                             name, (unsigned long)[sealed length]];
  const char *h = [hdr UTF8String];

  return gnutls_record_send(_session, h, strlen(h)) > 0 &&
         gnutls_record_send(_session, [sealed bytes], [sealed length]) == (ssize_t)[sealed length];
}

@end
