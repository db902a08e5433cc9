/* session_key.c - the Netlogon session key (MS-NRPC 3.1.4.3). */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "nl.h"

/* AES clients: SessionKey = HMAC-SHA256(NT hash, ClientChallenge + ServerChallenge),
 * truncated to 16 bytes. */
static int session_key_aes(struct nl_session *s, const uint8_t nt_hash[NL_NT_HASH_LEN]) {
  uint8_t in[2 * NL_CHALLENGE_LEN], out[EVP_MAX_MD_SIZE];
  unsigned int outlen = 0;
  memcpy(in, s->client_challenge, NL_CHALLENGE_LEN);
  memcpy(in + NL_CHALLENGE_LEN, s->server_challenge, NL_CHALLENGE_LEN);
  // ok: backdoor-weak-hash, backdoor-hardcoded-key
  if (!HMAC(EVP_sha256(), nt_hash, NL_NT_HASH_LEN, in, sizeof in, out, &outlen))
    return -1;
  memcpy(s->session_key, out, NL_SESSION_KEY_LEN);
  OPENSSL_cleanse(out, sizeof out);
  return 0;
}

/* Strong-key (pre-AES) clients: SessionKey = HMAC-MD5(NT hash, MD5(0^4 + CC + SC)). */
static int session_key_strong(struct nl_session *s, const uint8_t nt_hash[NL_NT_HASH_LEN]) {
  uint8_t zeros[4] = {0, 0, 0, 0};
  uint8_t digest[16];
  unsigned int dlen = 0, outlen = 0;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (!md)
    return -1;
  int ok = EVP_DigestInit_ex(md, EVP_md5(), NULL) == 1 &&
           EVP_DigestUpdate(md, zeros, sizeof zeros) == 1 &&
           EVP_DigestUpdate(md, s->client_challenge, NL_CHALLENGE_LEN) == 1 &&
           EVP_DigestUpdate(md, s->server_challenge, NL_CHALLENGE_LEN) == 1 &&
           EVP_DigestFinal_ex(md, digest, &dlen) == 1;
  EVP_MD_CTX_free(md);
  if (!ok)
    return -1;
  // ruleid: backdoor-weak-hash
  if (!HMAC(EVP_md5(), nt_hash, NL_NT_HASH_LEN, digest, dlen, s->session_key, &outlen))
    return -1;
  return 0;
}

int nl_compute_session_key(struct nl_session *s, const uint8_t nt_hash[NL_NT_HASH_LEN]) {
  if (s->neg_flags & NETLOGON_NEG_SUPPORTS_AES)
    return session_key_aes(s, nt_hash);
  if (s->neg_flags & NETLOGON_NEG_STRONG_KEYS)
    return session_key_strong(s, nt_hash);
  nl_log(4, "%s: client offers neither AES nor strong keys", s->computer);
  return -1;
}
