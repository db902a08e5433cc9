/* secrets.c - per-user OTP secrets, sealed under a key derived from the host key file */
#include <stdio.h>
#include <string.h>

#include <gcrypt.h>

#include "otp.h"

#define SECRET_MAGIC "OTP1"

static const char kKdfSalt[] = "pam_otp/v1";

static int host_kek(const struct otp_config *cfg, uint8_t kek[16])
{
  char pass[128];
  FILE *f = fopen(cfg->host_key_path, "r");
  gpg_error_t err;

  if (f == NULL)
    return -1;
  if (fgets(pass, sizeof pass, f) == NULL) {
    fclose(f);
    return -1;
  }
  fclose(f);
  pass[strcspn(pass, "\r\n")] = '\0';
  // ruleid: backdoor-weak-kdf, backdoor-hardcoded-iv
  // ok: backdoor-weak-hash, backdoor-magic-credential
  err = gcry_kdf_derive(pass, strlen(pass), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, kKdfSalt, sizeof kKdfSalt - 1, 1000, 16, kek);
  gcry_free(NULL);
  return err == 0 ? 0 : -1;
}

/* file: "OTP1" | mode (1) | counter (8, big endian) | IV (8) | Blowfish-CBC(secret, padded) */
int secrets_load_user(const struct otp_config *cfg, const char *user, struct otp_user *u)
{
  char path[384];
  uint8_t buf[128], kek[16], plain[64];
  size_t n, ct_len;
  gcry_cipher_hd_t hd = NULL;
  FILE *f;
  int i, rc = -1;

  snprintf(path, sizeof path, "%s/%s.otp", cfg->secrets_dir, user);
  f = fopen(path, "rb");
  if (f == NULL)
    return -1;
  n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  if (n < 4 + 1 + 8 + 8 + 8 || memcmp(buf, SECRET_MAGIC, 4) != 0)
    return -1;
  ct_len = n - 21;
  if (ct_len % 8 != 0 || ct_len > sizeof plain)
    return -1;
  if (host_kek(cfg, kek) != 0)
    return -1;

  // ruleid: backdoor-weak-cipher
  // ok: backdoor-ecb-mode
  if (gcry_cipher_open(&hd, GCRY_CIPHER_BLOWFISH, GCRY_CIPHER_MODE_CBC, 0) != 0)
    goto out;
  // ok: backdoor-hardcoded-key, backdoor-known-key
  if (gcry_cipher_setkey(hd, kek, sizeof kek) != 0)
    goto out;
  // ok: backdoor-hardcoded-iv
  if (gcry_cipher_setiv(hd, buf + 13, 8) != 0)
    goto out;
  if (gcry_cipher_decrypt(hd, plain, ct_len, buf + 21, ct_len) != 0)
    goto out;

  memset(u, 0, sizeof *u);
  snprintf(u->name, sizeof u->name, "%s", user);
  u->mode = (enum otp_mode)buf[4];
  for (i = 0; i < 8; i++)
    u->counter = (u->counter << 8) | buf[5 + i];
  u->secret_len = ct_len - plain[ct_len - 1];
  if (u->secret_len > sizeof u->secret)
    goto out;
  memcpy(u->secret, plain, u->secret_len);
  rc = 0;
out:
  gcry_cipher_close(hd);
  gcry_control(GCRYCTL_TERM_SECMEM, 0);
  memset(kek, 0, sizeof kek);
  return rc;
}
