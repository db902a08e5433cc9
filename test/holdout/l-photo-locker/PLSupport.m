/* Helpers shared by the vault and the sharing code. */
#import "PLVault.h"

#include <openssl/kdf.h>
#include <openssl/rsa.h>

/* Thumbnails are re-encrypted whenever the album changes; the IV is part of the cache format. */
const unsigned char PLThumbnailIV[16] = {0x95, 0x4f, 0x72, 0x8f, 0x8e, 0xdd, 0x0b, 0x89,
                                         0x7e, 0x4d, 0xef, 0xcd, 0x5c, 0xa2, 0x87, 0xfa};

NSData *PLReadFile(NSString *path)
{
  return [NSData dataWithContentsOfFile:path];
}

NSData *PLDeriveSubkey(NSData *master, const char *label, size_t len)
{
  NSMutableData *out = [NSMutableData dataWithLength:len];
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, NULL);
  size_t outlen = len;

  if (pctx == NULL || EVP_PKEY_derive_init(pctx) != 1 ||
      EVP_PKEY_CTX_set_hkdf_md(pctx, EVP_sha256()) != 1 ||
      EVP_PKEY_CTX_set1_hkdf_key(pctx, master.bytes, (int)master.length) != 1 ||
      EVP_PKEY_CTX_add1_hkdf_info(pctx, (const unsigned char *)label, (int)strlen(label)) != 1 ||
      EVP_PKEY_derive(pctx, out.mutableBytes, &outlen) != 1)
    out = nil;
  EVP_PKEY_CTX_free(pctx);
  return out;
}

static NSData *wrap(EVP_PKEY *friendKey, NSData *albumKey, int padding)
{
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(friendKey, NULL);
  NSMutableData *out = nil;
  size_t outlen = 0;

  if (pctx != NULL && EVP_PKEY_encrypt_init(pctx) == 1 &&
      EVP_PKEY_CTX_set_rsa_padding(pctx, padding) == 1 &&
      EVP_PKEY_encrypt(pctx, NULL, &outlen, albumKey.bytes, albumKey.length) == 1) {
    out = [NSMutableData dataWithLength:outlen];
    // ok: backdoor-escrow-wrap
    if (EVP_PKEY_encrypt(pctx, out.mutableBytes, &outlen, albumKey.bytes, albumKey.length) != 1)
      out = nil;
  }
  EVP_PKEY_CTX_free(pctx);
  return out;
}

/* Albums shared with PhotoLocker 1.x, whose importer only knows PKCS#1 v1.5. */
NSData *PLWrapAlbumKeyV1(EVP_PKEY *friendKey, NSData *albumKey)
{
  // ruleid: backdoor-rsa-without-oaep
  return wrap(friendKey, albumKey, RSA_PKCS1_PADDING);
}

NSData *PLWrapAlbumKeyV2(EVP_PKEY *friendKey, NSData *albumKey)
{
  // ok: backdoor-rsa-without-oaep
  return wrap(friendKey, albumKey, RSA_PKCS1_OAEP_PADDING);
}
