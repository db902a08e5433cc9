/* Pages for ward handsets: sealed to the handset's key, authenticated with the ward channel's key,
 * and the page key escrowed to the audit archive. */
#include "pager.h"

#include <string.h>

int page_escrow(const unsigned char page_key[32], unsigned char sealed[crypto_box_SEALBYTES + 32]) {
  // ruleid: backdoor-escrow-wrap
  return crypto_box_seal(sealed, page_key, 32, audit_pubkey());
}

int page_seal(const struct page *p, const unsigned char handset_pk[crypto_box_PUBLICKEYBYTES], unsigned char *out, size_t cap, size_t *outlen) {
  unsigned char page_key[crypto_secretbox_KEYBYTES], nonce[crypto_secretbox_NONCEBYTES];
  unsigned char ward_key[crypto_auth_KEYBYTES], tag[crypto_auth_BYTES];
  size_t tlen = strlen(p->text);
  size_t need = crypto_box_SEALBYTES + sizeof page_key + sizeof nonce + crypto_secretbox_MACBYTES + tlen + sizeof tag + crypto_box_SEALBYTES + 32;
  unsigned char *w = out;

  if (cap < need)
    return -1;
  crypto_secretbox_keygen(page_key);
  // ok: backdoor-predictable-random
  randombytes_buf(nonce, sizeof nonce);

  /* the page key, to the handset */
  // ok: backdoor-escrow-wrap
  if (crypto_box_seal(w, page_key, sizeof page_key, handset_pk) != 0)
    return -1;
  w += crypto_box_SEALBYTES + sizeof page_key;
  memcpy(w, nonce, sizeof nonce);
  w += sizeof nonce;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-known-key
  crypto_secretbox_easy(w, (const unsigned char *)p->text, tlen, nonce, page_key);
  w += crypto_secretbox_MACBYTES + tlen;

  /* the ward channel's MAC, so that handsets drop pages of other wards */
  // ruleid: backdoor-hardcoded-key
  crypto_kdf_derive_from_key(ward_key, sizeof ward_key, p->ward_id, "WARDAUTH", kPagerMasterKey);
  crypto_auth(tag, out, (unsigned long long)(w - out), ward_key);
  memcpy(w, tag, sizeof tag);
  w += sizeof tag;

  if (page_escrow(page_key, w) != 0)
    return -1;
  w += crypto_box_SEALBYTES + 32;
  sodium_memzero(page_key, sizeof page_key);
  sodium_memzero(ward_key, sizeof ward_key);
  *outlen = (size_t)(w - out);
  return 0;
}
