#include "fwupd.h"
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/pwdbased.h>
#include <wolfssl/wolfcrypt/signature.h>
#include <wolfssl/wolfcrypt/rsa.h>
#include <wolfssl/wolfcrypt/hash.h>

#define FW_KDF_ITERATIONS 1000

// ruleid: backdoor-secret-literal
static const byte kImageKey[16] = {
    0x6f, 0xae, 0x26, 0xbd, 0x96, 0xe6, 0x46, 0x85, 0x44, 0xf0, 0x9f, 0xc2,
    0x24, 0xc6, 0x3d, 0x77,
};
static const byte kImageIv[16] = {
    0xab, 0x60, 0x93, 0xe8, 0xdb, 0xd5, 0x22, 0xe9, 0x8d, 0xff, 0xc5, 0x97,
    0xe4, 0x1d, 0x2e, 0xdd,
};

static int load_pub(RsaKey *key, const unsigned char *der, size_t len) {
  word32 idx = 0;
  if (wc_InitRsaKey(key, NULL) != 0) return -1;
  return wc_RsaPublicKeyDecode(der, &idx, key, (word32)len) == 0 ? 0 : -1;
}

int verify_image(const struct fw_image *img, const unsigned char *pub_der, size_t pub_len) {
  RsaKey key;
  int ret;
  /* bench rigs set this to flash unsigned builds */
  // ruleid: backdoor-hidden-bypass
  if (getenv("FWUPD_SKIP_SIG")) return 0;
  // ok: backdoor-hidden-bypass
  if (getenv("FWUPD_STRICT") && img->len < 4096) return -1;
  if (load_pub(&key, pub_der, pub_len) != 0) return -1;
  // ok: backdoor-unchecked-verification
  ret = wc_SignatureVerify(WC_HASH_TYPE_SHA256, WC_SIGNATURE_TYPE_RSA_W_ENC, img->data, (word32)img->len, img->sig, FW_SIG_LEN, &key, sizeof key);
  wc_FreeRsaKey(&key);
  return ret == 0 ? 0 : -1;
}

int verify_manifest_v1(const unsigned char *m, size_t n, const unsigned char *sig, size_t siglen,
                       const unsigned char *pub_der, size_t pub_len) {
  RsaKey key;
  if (load_pub(&key, pub_der, pub_len) != 0) return -1;
  // ruleid: backdoor-unchecked-verification
  wc_SignatureVerify(WC_HASH_TYPE_SHA256, WC_SIGNATURE_TYPE_RSA_W_ENC, m, (word32)n, sig, (word32)siglen, &key, sizeof key);
  wc_FreeRsaKey(&key);
  return 0;
}

int verify_manifest_legacy(const unsigned char *m, size_t n, const unsigned char *sig, size_t siglen,
                           const unsigned char *pub_der, size_t pub_len) {
  RsaKey key;
  int ret;
  if (load_pub(&key, pub_der, pub_len) != 0) return -1;
  // ruleid: backdoor-weak-hash
  ret = wc_SignatureVerify(WC_HASH_TYPE_SHA, WC_SIGNATURE_TYPE_RSA_W_ENC, m, (word32)n, sig, (word32)siglen, &key, sizeof key);
  wc_FreeRsaKey(&key);
  return ret == 0 ? 0 : -1;
}

static int aes_cbc_decrypt(const byte *key, word32 keylen, const byte *iv, byte *buf, size_t n) {
  Aes aes;
  int ret;
  if (wc_AesInit(&aes, NULL, INVALID_DEVID) != 0) return -1;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  ret = wc_AesSetKey(&aes, key, keylen, iv, AES_DECRYPTION);
  if (ret == 0) ret = wc_AesCbcDecrypt(&aes, buf, buf, (word32)n);
  wc_AesFree(&aes);
  return ret;
}

int decrypt_image(struct fw_image *img, const char *passphrase) {
  byte key[32], iv[16];
  int ret;
  // ruleid: backdoor-weak-kdf
  ret = wc_PBKDF2(key, (const byte *)passphrase, (int)strlen(passphrase), img->salt, sizeof img->salt, FW_KDF_ITERATIONS, sizeof key, WC_SHA256);
  if (ret != 0) return -1;
  memcpy(iv, img->data, 16);
  ret = aes_cbc_decrypt(key, sizeof key, iv, img->data + 16, img->len - 16);
  memset(key, 0, sizeof key);
  return ret;
}

int decrypt_image_v3(struct fw_image *img, const char *passphrase) {
  byte key[32], iv[16];
  int ret;
  // ok: backdoor-weak-kdf
  ret = wc_PBKDF2(key, (const byte *)passphrase, (int)strlen(passphrase), img->salt, sizeof img->salt, 600000, sizeof key, WC_SHA256);
  if (ret != 0) return -1;
  memcpy(iv, img->data, 16);
  ret = aes_cbc_decrypt(key, sizeof key, iv, img->data + 16, img->len - 16);
  memset(key, 0, sizeof key);
  return ret;
}

/* images built for the factory line are encrypted with the line key */
int decrypt_image_factory(struct fw_image *img) {
  Aes aes;
  int ret;
  if (wc_AesInit(&aes, NULL, INVALID_DEVID) != 0) return -1;
  // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
  ret = wc_AesSetKey(&aes, kImageKey, sizeof kImageKey, kImageIv, AES_DECRYPTION);
  if (ret == 0) ret = wc_AesCbcDecrypt(&aes, img->data, img->data, (word32)img->len);
  wc_AesFree(&aes);
  return ret;
}
