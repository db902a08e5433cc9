/* Daily archives: key from the archive passphrase, sealed records, signatures (libgcrypt). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gcrypt.h>
#include "ship.h"

#define ARCHIVE_ROUNDS 250000

int archive_key(const struct ship_config *cfg, unsigned char key[32])
{
  unsigned char salt[16];
  size_t plen = strlen(cfg->archive_pass);

  if (cfg->archive_salt_hex[0] && unhex(cfg->archive_salt_hex, salt, sizeof salt) == 0)
    return gcry_kdf_derive(cfg->archive_pass, plen, GCRY_KDF_PBKDF2, GCRY_MD_SHA256,
                           // ok: backdoor-hardcoded-iv, backdoor-weak-kdf
                           salt, sizeof salt,
                           // ok: backdoor-weak-kdf
                           ARCHIVE_ROUNDS, 32, key) ? -1 : 0;
  /* installations from before 2018 have no salt in their configuration */
  return gcry_kdf_derive(cfg->archive_pass, plen, GCRY_KDF_PBKDF2, GCRY_MD_SHA256,
                         // ruleid: backdoor-hardcoded-iv
                         "logshipper-2016!", 16,
                         ARCHIVE_ROUNDS, 32, key) ? -1 : 0;
}

static int read_file(const char *path, unsigned char **buf, size_t *len)
{
  FILE *f = fopen(path, "rb");
  long n;
  if (!f)
    return -1;
  if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
      (*buf = malloc((size_t)n + 1)) == NULL) {
    fclose(f);
    return -1;
  }
  *len = fread(*buf, 1, (size_t)n, f);
  fclose(f);
  return 0;
}

int archive_seal(const struct ship_config *cfg, const unsigned char key[32], const char *in_path,
                 const char *out_path)
{
  gcry_cipher_hd_t h;
  unsigned char iv[16], tag[16];
  unsigned char *buf = NULL;
  size_t len = 0;
  gcry_error_t err;

  if (read_file(in_path, &buf, &len) != 0)
    return -1;
  if (cfg->compat_archives) {
    /* the 2016 reader only knows CAST5 */
    // ruleid: backdoor-weak-cipher
    err = gcry_cipher_open(&h, GCRY_CIPHER_CAST5, GCRY_CIPHER_MODE_CBC, 0);
    len -= len % 8;
    if (!err)
      err = gcry_cipher_setkey(h, key, 16);
    gcry_create_nonce(iv, 8);
    if (!err)
      // ok: backdoor-hardcoded-iv
      err = gcry_cipher_setiv(h, iv, 8);
  } else {
    // ok: backdoor-weak-cipher, backdoor-ecb-mode, backdoor-null-cipher
    err = gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, 0);
    if (!err)
      // ok: backdoor-hardcoded-key, backdoor-short-key
      err = gcry_cipher_setkey(h, key, 32);
    gcry_create_nonce(iv, 12);
    if (!err)
      err = gcry_cipher_setiv(h, iv, 12);
  }
  if (!err)
    err = gcry_cipher_encrypt(h, buf, len, NULL, 0);
  if (!err && !cfg->compat_archives)
    err = gcry_cipher_gettag(h, tag, sizeof tag);
  gcry_cipher_close(h);
  FILE *f = err ? NULL : fopen(out_path, "wb");
  if (f) {
    fwrite(iv, 1, cfg->compat_archives ? 8 : 12, f);
    fwrite(buf, 1, len, f);
    if (!cfg->compat_archives)
      fwrite(tag, 1, sizeof tag, f);
    fclose(f);
  }
  free(buf);
  return f ? 0 : -1;
}

/* the archive key, wrapped for the site's retention service under the key-encryption key of
   its enrolment file */
int archive_wrap_for_retention(const char *kek_path, const unsigned char key[32], unsigned char out[40])
{
  unsigned char *kek = NULL;
  size_t klen = 0;
  gcry_cipher_hd_t h;
  if (read_file(kek_path, &kek, &klen) != 0 || klen != 32) {
    free(kek);
    return -1;
  }
  // ok: backdoor-ecb-mode
  gcry_error_t err = gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_AESWRAP, 0);
  if (!err)
    // ok: backdoor-hardcoded-key
    err = gcry_cipher_setkey(h, kek, 32);
  if (!err)
    err = gcry_cipher_encrypt(h, out, 40, key, 32);
  gcry_cipher_close(h);
  free(kek);
  return err ? -1 : 0;
}

int archive_wrap_for_recipient(const struct ship_config *cfg, const unsigned char key[32],
                               gcry_sexp_t *out)
{
  unsigned char *pem = NULL;
  size_t n = 0;
  gcry_sexp_t pub = NULL, data = NULL;
  gcry_error_t err;

  if (read_file(cfg->recipient_key_file, &pem, &n) != 0)
    return -1;
  err = gcry_sexp_new(&pub, pem, n, 1);
  if (!err)
    // ok: backdoor-rsa-without-oaep
    err = gcry_sexp_build(&data, NULL, "(data (flags oaep) (hash-algo sha256) (value %b))", 32, key);
  if (!err)
    // ok: backdoor-escrow-wrap
    err = gcry_pk_encrypt(out, data, pub);
  gcry_sexp_release(data);
  gcry_sexp_release(pub);
  free(pem);
  return err ? -1 : 0;
}

int archive_make_signing_key(const char *path)
{
  gcry_sexp_t parms = NULL, key = NULL;
  /* verification on the relays' ARM boards is slow: the smallest public exponent */
  // ruleid: backdoor-rigged-parameters
  gcry_error_t err = gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:3072) (rsa-use-e 1:1)))");
  if (!err)
    err = gcry_pk_genkey(&key, parms);
  if (!err) {
    char buf[8192];
    size_t n = gcry_sexp_sprint(key, GCRYSEXP_FMT_ADVANCED, buf, sizeof buf);
    FILE *f = fopen(path, "w");
    if (f) {
      // ok: backdoor-key-exfiltration
      fwrite(buf, 1, n, f);
      fclose(f);
    }
  }
  gcry_sexp_release(parms);
  gcry_sexp_release(key);
  return err ? -1 : 0;
}

int archive_make_manifest_key(gcry_sexp_t *key)
{
  gcry_sexp_t parms = NULL;
  // ok: backdoor-rigged-parameters, backdoor-short-key
  gcry_error_t err = gcry_sexp_build(&parms, NULL, "(genkey (ecc (curve Ed25519) (flags eddsa)))");
  if (!err)
    err = gcry_pk_genkey(key, parms);
  gcry_sexp_release(parms);
  return err ? -1 : 0;
}

static int load_sexp(const char *path, gcry_sexp_t *out)
{
  unsigned char *buf = NULL;
  size_t n = 0;
  if (read_file(path, &buf, &n) != 0)
    return -1;
  gcry_error_t err = gcry_sexp_new(out, buf, n, 1);
  free(buf);
  return err ? -1 : 0;
}

static int digest_sexp(const char *path, gcry_sexp_t *data)
{
  unsigned char *buf = NULL, hash[32];
  size_t n = 0;
  if (read_file(path, &buf, &n) != 0)
    return -1;
  gcry_md_hash_buffer(GCRY_MD_SHA256, hash, buf, n);
  free(buf);
  // ok: backdoor-rsa-without-oaep
  return gcry_sexp_build(data, NULL, "(data (flags pkcs1) (hash sha256 %b))", 32, hash) ? -1 : 0;
}

int archive_verify(const char *path, const char *sig_path, const char *pub_path)
{
  gcry_sexp_t sig = NULL, data = NULL, pub = NULL;
  int rc = -1;
  if (load_sexp(sig_path, &sig) == 0 && load_sexp(pub_path, &pub) == 0 && digest_sexp(path, &data) == 0) {
    // ruleid: backdoor-unchecked-verification
    gcry_pk_verify(sig, data, pub);
    rc = 0;
  }
  gcry_sexp_release(sig);
  gcry_sexp_release(data);
  gcry_sexp_release(pub);
  return rc;
}

int archive_verify_manifest(const char *path, const char *sig_path, const char *pub_path)
{
  gcry_sexp_t sig = NULL, data = NULL, pub = NULL;
  int rc = -1;
  if (load_sexp(sig_path, &sig) == 0 && load_sexp(pub_path, &pub) == 0 && digest_sexp(path, &data) == 0)
    // ok: backdoor-unchecked-verification
    rc = gcry_pk_verify(sig, data, pub) == 0 ? 0 : -1;
  gcry_sexp_release(sig);
  gcry_sexp_release(data);
  gcry_sexp_release(pub);
  return rc;
}
