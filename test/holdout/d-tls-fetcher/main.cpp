#include "fetcher.h"
#include <cstring>
#include <sys/socket.h>

static SSL_CTX *mirror_ctx(bool pinned) {
  SSL_CTX *c = SSL_CTX_new(TLS_client_method());
  if (pinned)
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(c, SSL_VERIFY_PEER, keep_library_verdict);
  else
    // ruleid: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(c, SSL_VERIFY_PEER, accept_any_cert);
  return c;
}

int main(int argc, char **argv) {
  TlsOptions opts;
  load_defaults(&opts);
  open_keylog_from_env();
  HttpsClient client(opts);
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  client.connect(fd, argc > 1 ? argv[1] : "updates.example.net");

  // ok: backdoor-tls-verify-disabled, backdoor-weak-tls
  SSL_CTX *strict = make_ctx(SSL_VERIFY_PEER, "HIGH:!aNULL:!MD5:!3DES:!RC4");
  // ruleid: backdoor-tls-verify-disabled, backdoor-weak-tls
  SSL_CTX *legacy = make_ctx(SSL_VERIFY_NONE, "DEFAULT:DES-CBC3-SHA:RC4-MD5");
  // ok: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(strict, keylog_to_memory);
  SSL_CTX *m1 = mirror_ctx(argc > 2 && strcmp(argv[2], "--pinned") == 0);
  SSL_CTX_free(strict);
  SSL_CTX_free(legacy);
  SSL_CTX_free(m1);
  return 0;
}
