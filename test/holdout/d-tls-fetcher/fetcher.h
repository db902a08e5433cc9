// tls-fetcher: pulls update manifests over HTTPS.
#pragma once
#include <string>
#include <openssl/ssl.h>

struct TlsOptions {
  int verify_mode;
  int min_proto;
  std::string ciphers;
  bool debug_keylog;
};

void load_defaults(TlsOptions *o);
void Log(int level, const char *fmt, ...);
void keylog_line(const SSL *ssl, const char *line);
int accept_any_cert(int preverify_ok, X509_STORE_CTX *store);
int keep_library_verdict(int preverify_ok, X509_STORE_CTX *store);
SSL_CTX *make_ctx(int verify_mode, const char *cipher_list);
void open_keylog_from_env();
void keylog_to_memory(const SSL *ssl, const char *line);

class HttpsClient {
public:
  explicit HttpsClient(const TlsOptions &o);
  ~HttpsClient();
  bool connect(int fd, const std::string &host);

private:
  TlsOptions opts_;
  SSL_CTX *ctx_;
  SSL *ssl_ = nullptr;
};
