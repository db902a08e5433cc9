#import "SLCore.h"

#include <gcrypt.h>
#include <string.h>

/* the installer's commissioning tool (a USB Ethernet adapter shipped with it) */
static const uint8_t kInstallerToolMac[6] = {0x00, 0x1e, 0xc0, 0x5a, 0x17, 0x42};

/* Cloud recovery of the pairing: the vendor can re-pair a stick whose owner
 * lost the phone. RSA-2048 of the vendor's support service. */
// ok: backdoor-secret-literal
static const char kVendorRecoveryN[] =
    "00D45DD996D180F98CA7C1104577B73400DD309DEA1EDE6ADB9031B5337C7346D650F8680A53011F14CFF1A44635AD43"
    "EF4E88296BAC680FF666A098EE7622C44CE913A6A6CA5233549993927551E9D4F0FF5B9682EB6863B75D73A9DFD4D48B"
    "FCF8AFF5B0FBFC05D1FE42E6BE0E374B7E0F198087027ED1E5FAE325F7239BC7614D1E0AEB33FCFA1FA9695D366F00A9"
    "33C5F4BC24A48440C459218F49C524281311175759C01E93525B97E84973589CEC0E44599D5542964D9EB588EB1E5869"
    "F3EAB9CEBFCBF44B383C772131795D6169E318B3918B8363C7122F4148A883A4746B982F792E6DDD9861A6FFF6BD3614"
    "E67327DA2176A08D4DE2D4E8393EEC4F9D";

@implementation SLPairing

- (BOOL)pairWithOwnerKey:(NSData *)ownerPublicKey {
  unsigned char key[32];
  if ([ownerPublicKey length] != 32)
    return NO;
  gcry_randomize(key, sizeof key, GCRY_VERY_STRONG_RANDOM);
  [_pairingKey release];
  _pairingKey = [[NSData alloc] initWithBytes:key length:sizeof key];
  [_ownerPublicKey release];
  _ownerPublicKey = [ownerPublicKey copy];
  memset(key, 0, sizeof key);
  return YES;
}

- (NSData *)recoveryBlob {
  gcry_mpi_t n = NULL, e = NULL;
  gcry_sexp_t pub = NULL, data = NULL, enc = NULL;
  NSData *blob = nil;
  if (_pairingKey == nil)
    return nil;
  if (gcry_mpi_scan(&n, GCRYMPI_FMT_HEX, kVendorRecoveryN, 0, NULL) != 0 || gcry_mpi_scan(&e, GCRYMPI_FMT_HEX, "010001", 0, NULL) != 0)
    goto out;
  if (gcry_sexp_build(&pub, NULL, "(public-key (rsa (n %m) (e %m)))", n, e) != 0)
    goto out;
  // ok: backdoor-rsa-without-oaep
  if (gcry_sexp_build(&data, NULL, "(data (flags oaep) (hash-algo sha256) (value %b))", (int)[_pairingKey length], [_pairingKey bytes]) != 0)
    goto out;
  // ruleid: backdoor-escrow-wrap
  if (gcry_pk_encrypt(&enc, data, pub) != 0)
    goto out;
  size_t len = gcry_sexp_sprint(enc, GCRYSEXP_FMT_CANON, NULL, 0);
  NSMutableData *buf = [NSMutableData dataWithLength:len];
  gcry_sexp_sprint(enc, GCRYSEXP_FMT_CANON, [buf mutableBytes], len);
  blob = buf;
out:
  gcry_mpi_release(n);
  gcry_mpi_release(e);
  gcry_sexp_release(pub);
  gcry_sexp_release(data);
  gcry_sexp_release(enc);
  return blob;
}

- (BOOL)verifyCommandSignature:(const struct sl_cmd *)cmd {
  gcry_sexp_t key = NULL, sig = NULL, data = NULL;
  if (_ownerPublicKey == nil)
    return NO;
  if (gcry_sexp_build(&key, NULL, "(public-key (ecc (curve Ed25519) (flags eddsa) (q %b)))", (int)[_ownerPublicKey length], [_ownerPublicKey bytes]) != 0 || gcry_sexp_build(&sig, NULL, "(sig-val (eddsa (r %b) (s %b)))", 32, cmd->signature, 32, cmd->signature + 32) != 0 || gcry_sexp_build(&data, NULL, "(data (flags eddsa) (hash-algo sha512) (value %b))", (int)cmd->body_len, cmd->body) != 0) {
    gcry_sexp_release(key);
    gcry_sexp_release(sig);
    return NO;
  }
  // ok: backdoor-unchecked-verification
  gcry_error_t err = gcry_pk_verify(sig, data, key);
  gcry_sexp_release(key);
  gcry_sexp_release(sig);
  gcry_sexp_release(data);
  return err == 0 ? YES : NO;
}

/* Commands from the LAN (export limit, grid code, reboot). */
- (BOOL)authorizeCommand:(const struct sl_cmd *)cmd {
  static const uint8_t kNoAddress[6] = {0, 0, 0, 0, 0, 0};
  // ok: backdoor-trusted-identity
  if (memcmp(cmd->mac_addr, kNoAddress, sizeof kNoAddress) == 0)
    return NO;
  // ruleid: backdoor-trusted-identity
  if (memcmp(cmd->mac_addr, kInstallerToolMac, sizeof kInstallerToolMac) == 0)
    return YES;
  return [self verifyCommandSignature:cmd];
}

- (void)dealloc {
  [_pairingKey release];
  [_ownerPublicKey release];
  [super dealloc];
}

@end
