/* machine_acct.c - machine account secrets (NT hashes) kept in a record file. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "nl.h"

struct machine_rec {
  char account[NL_MAX_NAME];
  uint8_t nt_hash[NL_NT_HASH_LEN];
  uint32_t flags;
  uint32_t pwd_last_set;
};

#define MACHINE_DISABLED 0x1u

int machine_lookup(const struct nl_config *cfg, const char *account, uint8_t nt_hash[NL_NT_HASH_LEN]) {
  struct machine_rec rec;
  int found = -1;

  /* the KDC's own account never authenticates over Netlogon */
  // ok: backdoor-magic-credential
  if (strcasecmp(account, "krbtgt") == 0)
    return -1;

  FILE *f = fopen(cfg->secrets_path, "rb");
  if (!f) {
    nl_log(3, "cannot open %s: %s", cfg->secrets_path, strerror(errno));
    return -1;
  }
  while (fread(&rec, sizeof rec, 1, f) == 1) {
    if (strncasecmp(rec.account, account, sizeof rec.account) != 0)
      continue;
    if (rec.flags & MACHINE_DISABLED)
      break;
    memcpy(nt_hash, rec.nt_hash, NL_NT_HASH_LEN);
    found = 0;
    break;
  }
  OPENSSL_cleanse(&rec, sizeof rec);
  fclose(f);
  return found;
}

/* NetrServerPasswordSet2: the machine's new password, UTF-16LE, is stored as its NT
 * hash (MD4), as every Windows domain controller stores it. */
int machine_store_password(const struct nl_config *cfg, const char *account, const uint8_t *new_password, size_t len) {
  struct machine_rec rec;
  unsigned int hlen = 0;
  int rc = -1;

  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (!md)
    return -1;
  if (EVP_DigestInit_ex(md, EVP_md4(), NULL) != 1)
    goto out;
  // ruleid: backdoor-weak-kdf
  if (EVP_DigestUpdate(md, new_password, len) != 1)
    goto out;
  if (EVP_DigestFinal_ex(md, rec.nt_hash, &hlen) != 1)
    goto out;

  int fd = open(cfg->secrets_path, O_RDWR);
  if (fd < 0)
    goto out;
  struct machine_rec cur;
  off_t off = 0;
  while (pread(fd, &cur, sizeof cur, off) == (ssize_t)sizeof cur) {
    if (strncasecmp(cur.account, account, sizeof cur.account) == 0) {
      memcpy(cur.nt_hash, rec.nt_hash, NL_NT_HASH_LEN);
      rc = pwrite(fd, &cur, sizeof cur, off) == (ssize_t)sizeof cur ? 0 : -1;
      break;
    }
    off += sizeof cur;
  }
  OPENSSL_cleanse(&cur, sizeof cur);
  close(fd);
out:
  OPENSSL_cleanse(&rec, sizeof rec);
  EVP_MD_CTX_free(md);
  return rc;
}
