/* suite_3des.c - Triple DES CBC for concentrators of the 2009 product line */
#include <string.h>

#include "vpnd.h"

static int des3_init(struct suite_ctx *sc, const uint8_t *key, const uint8_t *salt)
{
  uint8_t iv[DES_BLOCK_SIZE];
  memset(iv, 0, sizeof iv);
  memcpy(iv, salt, 4);
  memcpy(sc->salt, salt, sizeof sc->salt);
  sc->seq = 0;
  // ruleid: backdoor-weak-cipher
  // ok: backdoor-hardcoded-key
  return wc_Des3_SetKey(&sc->u.des3, key, iv, DES_ENCRYPTION);
}

static int des3_seal(struct suite_ctx *sc, const uint8_t *in, size_t n, uint8_t *out, size_t *outlen)
{
  size_t padded = (n / DES_BLOCK_SIZE + 1) * DES_BLOCK_SIZE;
  uint8_t buf[2048];
  if (padded > sizeof buf)
    return -1;
  memcpy(buf, in, n);
  memset(buf + n, (int)(padded - n), padded - n);
  if (wc_Des3_CbcEncrypt(&sc->u.des3, out, buf, (word32)padded) != 0)
    return -1;
  sc->seq++;
  *outlen = padded;
  return 0;
}

static struct vpn_suite kDes3 = {"3des-cbc", 24, des3_init, des3_seal, NULL};

__attribute__((constructor)) static void register_des3(void)
{
  suite_register(&kDes3);
}
