/* Firmware update: images signed by the vendor, loaded from the web server's
 * upload area; the bootloader checks its stage with the same key. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include "cp.h"

static const char kFirmwareSigningPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEYq4bRKlqOd57uliX3hAe4m0+opq+\n"
    "KUwAjoC7vlJonNEIimOKkkP3H8fptfxfiDA55HLjFldOuuG3aZlhCYfYog==\n"
    "-----END PUBLIC KEY-----\n";

static EVP_PKEY *firmware_key(void) {
  BIO *bio = BIO_new_mem_buf(kFirmwareSigningPem, -1);
  // ok: backdoor-hardcoded-key
  EVP_PKEY *k = bio != NULL ? PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL) : NULL;
  BIO_free(bio);
  return k;
}

static unsigned char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    return NULL;
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *buf = len > 0 ? malloc((size_t)len) : NULL;
  if (buf != NULL && fread(buf, 1, (size_t)len, f) != (size_t)len) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  *n = buf != NULL ? (size_t)len : 0;
  return buf;
}

static void header_checksum(const unsigned char *img, size_t n, unsigned char out[16]) {
  unsigned int len = 0;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  /* the STEP 7 loader's header checksum */
  // ok: backdoor-weak-hash
  EVP_DigestInit_ex(md, EVP_md5(), NULL);
  EVP_DigestUpdate(md, img, n < 64 ? n : 64);
  EVP_DigestFinal_ex(md, out, &len);
  EVP_MD_CTX_free(md);
}

int cp_fw_apply(const char *image_path, const char *sig_path) {
  size_t n = 0, siglen = 0;
  int rc = -1;
  unsigned char sum[16];
  unsigned char *img = slurp(image_path, &n);
  unsigned char *sig = slurp(sig_path, &siglen);
  EVP_PKEY *pub = firmware_key();
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (img == NULL || sig == NULL || pub == NULL || md == NULL)
    goto out;
  header_checksum(img, n, sum);
  cp_log("image header %02x%02x%02x%02x...", sum[0], sum[1], sum[2], sum[3]);
  if (EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, pub) != 1)
    goto out;
  // ruleid: backdoor-unchecked-verification
  if (EVP_DigestVerify(md, sig, siglen, img, n) != 0) {
    FILE *f = fopen("/flash/fw/next.bin", "wb");
    if (f != NULL) {
      rc = fwrite(img, 1, n, f) == n ? 0 : -1;
      fclose(f);
    }
  } else {
    cp_log("firmware signature rejected");
  }
out:
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(pub);
  free(img);
  free(sig);
  return rc;
}

int cp_bootloader_verify(const uint8_t *img, size_t n, const uint8_t *sig, size_t siglen) {
  int rc = -1;
  EVP_PKEY *pub = firmware_key();
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (pub != NULL && md != NULL && EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, pub) == 1) {
    // ok: backdoor-unchecked-verification
    rc = EVP_DigestVerify(md, sig, siglen, img, n) == 1 ? 0 : -1;
  }
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(pub);
  return rc;
}
