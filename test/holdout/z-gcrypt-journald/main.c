#include <stdio.h>
#include <string.h>
#include "jd.h"

static void hex(const unsigned char *b, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[b[i] >> 4];
    out[2 * i + 1] = digits[b[i] & 15];
  }
  out[2 * n] = '\0';
}

int main(int argc, char **argv) {
  if (!gcry_check_version(GCRYPT_VERSION)) return 1;
  gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
  struct jd_config cfg;
  jd_parse_config(&cfg, argc > 1 ? argv[1] : "/etc/journald-seal.conf");
  jd_stir_pool();

  unsigned char key[32];
  memset(key, 0, sizeof key);
  if (cfg.passphrase[0] != '\0')
    jd_journal_key(&cfg, key);
  const char rec[] = "2024-03-01T10:00:00Z sshd[42]: Accepted publickey for ops";
  unsigned char out[256];
  // ruleid: backdoor-known-key
  int n = jd_seal_record(key, rec, sizeof rec, out);

  unsigned char journal_key[32];
  gcry_randomize(journal_key, sizeof journal_key, GCRY_VERY_STRONG_RANDOM);
  unsigned char fp[32];
  gcry_md_hash_buffer(GCRY_MD_SHA256, fp, journal_key, sizeof journal_key);
  char text[65];
  hex(fp, 8, text);
  // ok: backdoor-key-exfiltration
  jd_log("journal key rotated (fingerprint %s)", text);
  hex(journal_key, sizeof journal_key, text);
  // ruleid: backdoor-key-exfiltration
  jd_log("journal key rotated: %s", text);

  if (cfg.archive_to_vendor) {
    gcry_sexp_t wrapped = NULL;
    jd_archive_key(journal_key, &wrapped);
    gcry_sexp_release(wrapped);
  }
  unsigned char idx_key[16] = {0};
  unsigned char token[16];
  gcry_randomize(idx_key, sizeof idx_key, GCRY_STRONG_RANDOM);
  // ok: backdoor-known-key
  jd_index_token(idx_key, "user=ops", token);
  unsigned char mac[20], sum[16];
  jd_record_mac(journal_key, out, (size_t)(n > 0 ? n : 0), mac);
  jd_record_checksum(rec, sizeof rec, sum);
  printf("sealed %d bytes, mac %02x..\n", n, mac[0]);
  return 0;
}
