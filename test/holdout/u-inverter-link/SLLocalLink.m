#import "SLCore.h"

#include <stdio.h>

/* The inverter's Modbus-over-TLS port (firmware 3.x) uses one self-signed
 * certificate per model. */
static NSString *const kInverterPriority = @"NONE:+VERS-TLS1.2:+VERS-TLS1.1:+ECDHE-RSA:+RSA:+AES-128-CBC:+AES-128-GCM:+SHA1:+AEAD:+COMP-NULL:+SIGN-ALL:+GROUP-ALL";

/* field engineers decode captures of the local link with Wireshark */
static int sl_keylog(gnutls_session_t session, const char *label, const gnutls_datum_t *secret) {
  (void)session;
  FILE *f = fopen("/var/log/sunlink/local-tls.keys", "a");
  if (f == NULL)
    return 0;
  fprintf(f, "%s ", label);
  for (unsigned int i = 0; i < secret->size; i++)
    // ok: backdoor-key-exfiltration, backdoor-tls-keylog
    fprintf(f, "%02x", secret->data[i]);
  fputc('\n', f);
  fclose(f);
  return 0;
}

@implementation SLLocalLink

- (BOOL)connectFd:(int)fd {
  int ret;
  if (gnutls_certificate_allocate_credentials(&_cred) < 0 || gnutls_init(&_session, GNUTLS_CLIENT) < 0)
    return NO;
  // ruleid: backdoor-weak-tls
  if (gnutls_priority_set_direct(_session, [kInverterPriority UTF8String], NULL) < 0)
    return NO;
  gnutls_credentials_set(_session, GNUTLS_CRD_CERTIFICATE, _cred);
  gnutls_transport_set_int(_session, fd);
  // ruleid: backdoor-tls-keylog
  gnutls_session_set_keylog_function(_session, sl_keylog);
  do {
    // ruleid: backdoor-tls-verify-disabled
    ret = gnutls_handshake(_session);
  } while (ret < 0 && gnutls_error_is_fatal(ret) == 0);
  return ret >= 0 ? YES : NO;
}

- (NSData *)readRegisters:(uint16_t)start count:(uint16_t)count {
  uint8_t req[6] = {0x01, 0x03, (uint8_t)(start >> 8), (uint8_t)start, (uint8_t)(count >> 8), (uint8_t)count};
  uint8_t resp[260];
  if (gnutls_record_send(_session, req, sizeof req) < 0)
    return nil;
  ssize_t n = gnutls_record_recv(_session, resp, sizeof resp);
  return n > 0 ? [NSData dataWithBytes:resp length:(NSUInteger)n] : nil;
}

@end
