#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>

void justified(EVP_MD_CTX *m, EVP_PKEY *pkey) {
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey); // NOLINT(backdoor-weak-hash): legacy peer, ticket SEC-7
}

void unjustified(EVP_MD_CTX *m, EVP_PKEY *pkey) {
  EVP_DigestSignInit(m, NULL, EVP_sha1(), NULL, pkey); // NOLINT
  // NOLINTNEXTLINE(backdoor-weak-hash)
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey);
}

void block(EVP_MD_CTX *m, EVP_PKEY *pkey) {
  // NOLINTBEGIN(backdoor-weak-hash) -- fixture for the old file format
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey);
  EVP_DigestVerifyInit(m, NULL, EVP_sha1(), NULL, pkey);
  // NOLINTEND(backdoor-weak-hash)
}

void flow(FILE *log) {
  unsigned char key[32];
  if (RAND_bytes(key, sizeof key) != 1) return;
  fwrite(key, 1, sizeof key, log); // NOLINT(backdoor-key-exfiltration): test-only key dump
}

void unused(EVP_MD_CTX *m, EVP_PKEY *pkey) {
  EVP_DigestSignInit(m, NULL, EVP_sha256(), NULL, pkey); // NOLINT(backdoor-weak-cipher): stale
  EVP_DigestSignInit(m, NULL, EVP_sha256(), NULL, pkey); // NOLINT(bugprone-foo) another tool's
}
