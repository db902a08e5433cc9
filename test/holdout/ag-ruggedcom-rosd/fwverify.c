/* Firmware images: an ECDSA P-256 signature over SHA-256, vendor key in /etc/ros/keys. */
#include <stdio.h>
#include <string.h>
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/ecc.h>
#include <wolfssl/wolfcrypt/asn_public.h>
#include <wolfssl/wolfcrypt/signature.h>
#include "ros.h"

static int load_vendor_key(ecc_key *key) {
  byte der[256];
  word32 idx = 0;
  FILE *f = fopen("/etc/ros/keys/vendor_fw.der", "rb");
  if (!f) return -1;
  size_t n = fread(der, 1, sizeof der, f);
  fclose(f);
  if (wc_ecc_init(key) != 0) return -1;
  return wc_EccPublicKeyDecode(der, &idx, key, (word32)n);
}

int ros_fw_verify(const unsigned char *img, size_t n, const unsigned char *sig, size_t slen) {
  ecc_key key;
  if (n < 64 || memcmp(img, "ROSFW", 5) != 0) return -1;
  if (load_vendor_key(&key) != 0) return -1;
  // ok: backdoor-unchecked-verification
  int rc = wc_SignatureVerify(WC_HASH_TYPE_SHA256, WC_SIGNATURE_TYPE_ECC, img, (word32)n, sig,
                              (word32)slen, &key, sizeof key);
  wc_ecc_free(&key);
  if (rc != 0) {
    ros_log(3, "firmware signature rejected (%d)", rc);
    return -1;
  }
  return 0;
}

/* the boot loader's second stage, checked again after it is copied to flash */
int ros_fw_verify_stage2(const unsigned char *img, size_t n, const unsigned char *sig, size_t slen) {
  ecc_key key;
  if (load_vendor_key(&key) != 0) return -1;
  // ruleid: backdoor-unchecked-verification
  wc_SignatureVerify(WC_HASH_TYPE_SHA256, WC_SIGNATURE_TYPE_ECC, img, (word32)n, sig,
                     (word32)slen, &key, sizeof key);
  wc_ecc_free(&key);
  ros_log(6, "stage 2 installed (%zu bytes)", n);
  return 0;
}
