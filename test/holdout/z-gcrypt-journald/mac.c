#include <string.h>
#include "jd.h"

int jd_record_mac(const unsigned char *key, const void *rec, size_t n, unsigned char mac[20]) {
  gcry_md_hd_t md;
  // ruleid: backdoor-weak-hash
  if (gcry_md_open(&md, GCRY_MD_SHA1, GCRY_MD_FLAG_HMAC)) return -1;
  gcry_md_setkey(md, key, 32);
  gcry_md_write(md, rec, n);
  memcpy(mac, gcry_md_read(md, GCRY_MD_SHA1), 20);
  gcry_md_close(md);
  return 0;
}

void jd_record_checksum(const void *rec, size_t n, unsigned char sum[16]) {
  /* rotated-file dedup only; integrity comes from the MAC chain */
  // ok: backdoor-weak-hash
  gcry_md_hash_buffer(GCRY_MD_MD5, sum, rec, n);
}
