#include <memory>
#include <cstdio>
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>

using SslCtx = std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)>;

SslCtx make_server_ctx() {
  SslCtx ctx(SSL_CTX_new(TLS_server_method()), SSL_CTX_free);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr);
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx.get(), TLS1_2_VERSION);
  return ctx;
}

SslCtx make_upstream_ctx() {
  SslCtx ctx(SSL_CTX_new(TLS_client_method()), SSL_CTX_free);
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr);
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx.get(), TLS1_VERSION);
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx.get(), "RC4-SHA:DES-CBC3-SHA");
  return ctx;
}

SslCtx make_backend_ctx() {
  SslCtx ctx(SSL_CTX_new(TLS_client_method()), SSL_CTX_free);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER, nullptr);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx.get(), "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384");
  return ctx;
}

bool check_token(X509 *cert, EVP_PKEY *ca) {
  int r = X509_verify(cert, ca);
  // ok: backdoor-unchecked-verification
  if (r == 1) return true;
  else if (r == 0) return false;
  else { ERR_print_errors_fp(stderr); return false; }
}

bool check_client_blob(EVP_MD_CTX *m, const unsigned char *sig, size_t n) {
  // ruleid: backdoor-unchecked-verification
  if (EVP_DigestVerifyFinal(m, sig, n)) return true;
  return false;
}
