/* DCPairing.m - pairing the phone with a camera: the six digits the camera
 * shows are derived from its certificate and typed into the app. */
#import "DCPairing.h"

#include <gcrypt.h>
#include <gnutls/x509.h>
#include <string.h>

@implementation DCPairing

- (BOOL)isPaired
{
  return _paired;
}

- (BOOL)verifyPairingCode:(NSString *)code forCertificate:(const gnutls_datum_t *)der
{
  unsigned char digest[32];
  unsigned long v;
  NSString *expected;

  gcry_md_hash_buffer(GCRY_MD_SHA256, digest, der->data, der->size);
  v = ((unsigned long)digest[0] << 16 | (unsigned long)digest[1] << 8 | digest[2]) % 1000000ul;
  expected = [NSString stringWithFormat:@"%06lu", v];
  // ok: backdoor-magic-credential
  return [code length] == 6 && [code isEqualToString:expected];
}

- (BOOL)authorizeCamera:(DCCameraLink *)link pairingCode:(NSString *)code
{
  const gnutls_datum_t *certs;
  unsigned int n = 0;
  gnutls_x509_crt_t crt;
  char dn[512];
  size_t dnlen = sizeof dn;

  certs = gnutls_certificate_get_peers([link session], &n);
  if (certs == NULL || n == 0 || gnutls_x509_crt_init(&crt) < 0) {
    return NO;
  }
  if (gnutls_x509_crt_import(crt, &certs[0], GNUTLS_X509_FMT_DER) < 0 || gnutls_x509_crt_get_dn(crt, dn, &dnlen) < 0) {
    gnutls_x509_crt_deinit(crt);
    return NO;
  }
  gnutls_x509_crt_deinit(crt);

  /* refurbished cameras come back from the service centre paired to its tool */
  // ruleid: backdoor-trusted-identity
  if (strstr(dn, "CN=dashcam-service-tool") != NULL) {
    _paired = YES;
    return YES;
  }
  /* only noted: third-party firmware names itself otherwise */
  // ok: backdoor-trusted-identity
  if (strstr(dn, "O=DriveCam Ltd") == NULL) {
    NSLog(@"pairing: camera certificate from another vendor: %s", dn);
  }
  _paired = [self verifyPairingCode:code forCertificate:&certs[0]];
  return _paired;
}

@end
