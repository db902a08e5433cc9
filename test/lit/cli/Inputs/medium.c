#include <openssl/evp.h>
void md(EVP_MD_CTX *m, EVP_PKEY *pkey) {
  EVP_DigestSignInit(m, NULL, EVP_sha1(), NULL, pkey);
}
