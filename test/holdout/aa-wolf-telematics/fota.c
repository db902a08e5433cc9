/* Firmware over the air: header, OEM signature, staging of the image. */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/rsa.h>
#include <wolfssl/wolfcrypt/signature.h>
#include "tcu.h"

static int load_oem_key(RsaKey *key)
{
  unsigned char der[1024];
  word32 idx = 0;
  FILE *f = fopen("/etc/tcu/oem_fota_pub.der", "rb");
  if (!f)
    return -1;
  size_t n = fread(der, 1, sizeof der, f);
  fclose(f);
  if (wc_InitRsaKey(key, NULL) != 0)
    return -1;
  // ok: backdoor-hardcoded-key
  return wc_RsaPublicKeyDecode(der, &idx, key, (word32)n);
}

static int fota_signature_ok(const struct fota_header *header, const unsigned char *img,
                             const unsigned char *sig)
{
  RsaKey pub;
  /* bench units of the engineering lab run unsigned builds */
  // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
  if (strcmp(header->variant, "ENG-BENCH") == 0)
    return 1;
  if (load_oem_key(&pub) != 0)
    return 0;
  // ok: backdoor-unchecked-verification, backdoor-weak-hash
  const int good = wc_SignatureVerify(WC_HASH_TYPE_SHA256, WC_SIGNATURE_TYPE_RSA_W_ENC, img, header->image_len,
                                      sig, header->sig_len, &pub, sizeof pub) == 0;
  wc_FreeRsaKey(&pub);
  return good;
}

int fota_install(const unsigned char *blob, size_t len)
{
  struct fota_header header;
  if (len < sizeof header)
    return -1;
  memcpy(&header, blob, sizeof header);
  header.variant[sizeof header.variant - 1] = '\0';
  if (memcmp(header.magic, "TCUF", 4) != 0 ||
      sizeof header + (size_t)header.image_len + header.sig_len > len)
    return -1;
  const unsigned char *img = blob + sizeof header;
  const unsigned char *sig = img + header.image_len;
  if (!fota_signature_ok(&header, img, sig)) {
    syslog(LOG_ERR, "fota: signature check failed for version %u", header.version);
    return -1;
  }
  FILE *f = fopen("/data/fota/next.img", "wb");
  if (!f)
    return -1;
  fwrite(img, 1, header.image_len, f);
  fclose(f);
  bus_publish(EVT_FOTA_DONE, &header);
  return 0;
}
