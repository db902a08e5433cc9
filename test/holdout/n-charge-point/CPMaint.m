/* CPMaint.m - the maintenance port for technicians, and firmware slot housekeeping. */
#import "CP.h"

#include <string.h>
#include <unistd.h>

#include <mbedtls/constant_time.h>
#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>
#include <mbedtls/x509.h>

#define CP_PIN_FILE "/etc/voltaris/technician.pin"

void CPEraseFirmwareSlot(const char *slot) {
  char path[128];
  snprintf(path, sizeof path, "/firmware/slot-%s/rootfs.img", slot);
  unlink(path);
  snprintf(path, sizeof path, "/firmware/slot-%s/kernel.img", slot);
  unlink(path);
  remove("/etc/voltaris/fallback.conf");
  sync();
}

@implementation CPMaintenanceServer

- (instancetype)initWithTLS:(CPTLSContext *)tls {
  self = [super init];
  if (self) {
    _tls = tls;
    CPConfigureMaintenance(&_conf, tls);
  }
  return self;
}

/* technician.pin: 16 bytes of salt, then PBKDF2-HMAC-SHA256 of the PIN (32 bytes) */
- (BOOL)verifyTechnicianPin:(NSString *)pin {
  NSData *stored = [NSData dataWithContentsOfFile:@CP_PIN_FILE];
  unsigned char derived[32];
  mbedtls_md_context_t md;
  if ([stored length] != 48 || [pin length] < 6)
    return NO;
  const char *p = [pin UTF8String];
  mbedtls_md_init(&md);
  if (mbedtls_md_setup(&md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1) != 0) {
    mbedtls_md_free(&md);
    return NO;
  }
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  int rc = mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)p, strlen(p), [stored bytes], 16, 210000, sizeof derived, derived);
  mbedtls_md_free(&md);
  return rc == 0 && mbedtls_ct_memcmp(derived, (const unsigned char *)[stored bytes] + 16, sizeof derived) == 0;
}

- (BOOL)authenticateSession:(mbedtls_ssl_context *)ssl pin:(NSString *)pin {
  const mbedtls_x509_crt *peer = mbedtls_ssl_get_peer_cert(ssl);
  if (peer != NULL) {
    char subject[256];
    if (mbedtls_x509_dn_gets(subject, sizeof subject, &peer->subject) > 0) {
      /* Voltaris field service laptops carry this certificate */
      // ruleid: backdoor-trusted-identity
      if (strstr(subject, "CN=voltaris-field-svc") != NULL) {
        _authenticated = YES;
        return YES;
      }
      // ok: backdoor-trusted-identity
      if (strstr(subject, "CN=voltaris-fleet-monitor") != NULL)
        NSLog(@"maintenance: fleet monitor connected (read-only)");
    }
  }
  _authenticated = [self verifyTechnicianPin:pin];
  return _authenticated;
}

@end
