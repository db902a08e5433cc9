#include "fw.h"
int insecure_flag;
int main(void) {
  SSL_CTX *a = make_ctx(SSL_VERIFY_NONE, "DEFAULT:RC4-MD5");
  SSL_CTX *b = make_ctx_choice(insecure_flag ? SSL_VERIFY_NONE : SSL_VERIFY_PEER);
  SSL_CTX *c = make_ctx_choice(SSL_VERIFY_PEER);
  SSL_CTX *d = make_ctx(SSL_VERIFY_PEER, "HIGH:!aNULL:!kRSA");
  return a && b && c && d;
}
