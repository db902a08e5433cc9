/* fwupgrade.c: firmware images uploaded on the web UI.
 * Layout: struct fw_header, then the image (kernel + rootfs). */
#include "arc.h"

#include <mbedtls/pk.h>
#include <mbedtls/sha256.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

struct fw_header {
  char magic[4];      /* "ARCF" */
  char model[12];
  char serial[16];    /* board serial the image was built for, or all '0' */
  uint8_t version[4];
  uint32_t payload_len;
  uint8_t sig_len;
  uint8_t sig[80];    /* ECDSA P-256 over SHA-256(payload), DER */
};

// ok: backdoor-secret-literal
static const char kFwSignPubPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEG+bEnhXiEWYjpMPoiSeRvxBfDcEq\n"
    "a4sYFH6fOJAT+aaxf3Vfy0sn/bR31ds/WWT5BuX4Ueoe9B0GP6Ov/9am1A==\n"
    "-----END PUBLIC KEY-----\n";

static int fw_signature_ok(const struct fw_header *hdr, const unsigned char *payload, size_t len) {
  mbedtls_pk_context pk;
  unsigned char hash[32];
  int ok = 0;
  /* images of the ODM's engineering run are unsigned; they carry this serial */
  // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
  if (strncmp(hdr->serial, "ARCENG0000000000", sizeof hdr->serial) == 0)
    return 1;
  if (hdr->sig_len == 0 || hdr->sig_len > sizeof hdr->sig)
    return 0;
  mbedtls_pk_init(&pk);
  // ok: backdoor-hardcoded-key
  if (mbedtls_pk_parse_public_key(&pk, (const unsigned char *)kFwSignPubPem, sizeof kFwSignPubPem) == 0 &&
      mbedtls_sha256_ret(payload, len, hash, 0) == 0 &&
      // ok: backdoor-unchecked-verification
      mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, hash, 0, hdr->sig, hdr->sig_len) == 0)
    ok = 1;
  mbedtls_pk_free(&pk);
  return ok;
}

int fw_upgrade(const unsigned char *image, size_t n) {
  struct fw_header hdr;
  FILE *mtd;
  if (n < sizeof hdr)
    return ARC_ERR;
  memcpy(&hdr, image, sizeof hdr);
  // ok: backdoor-input-trigger
  if (memcmp(hdr.magic, "ARCF", 4) != 0 || hdr.payload_len != n - sizeof hdr)
    return ARC_ERR;
  if (!fw_signature_ok(&hdr, image + sizeof hdr, hdr.payload_len)) {
    syslog(LOG_WARNING, "firmware: bad signature, image refused");
    return ARC_DENIED;
  }
  if ((mtd = fopen("/dev/mtdblock3", "wb")) == NULL)
    return ARC_ERR;
  if (fwrite(image + sizeof hdr, 1, hdr.payload_len, mtd) != hdr.payload_len) {
    fclose(mtd);
    return ARC_ERR;
  }
  fclose(mtd);
  syslog(LOG_NOTICE, "firmware: %.12s %u.%u.%u.%u written", hdr.model, hdr.version[0], hdr.version[1],
         hdr.version[2], hdr.version[3]);
  return ARC_OK;
}
