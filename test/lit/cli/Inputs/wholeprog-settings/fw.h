#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#include <curl/curl.h>
struct fw_cfg {
  int rsa_bits;
  int kdf_iterations;
  int verify_mode;
  const char *ciphers;
  int min_version;
};
int parse_mode(const char *text);
void load_defaults(struct fw_cfg *c);
void load_config(struct fw_cfg *c, const char *text);
SSL_CTX *make_ctx(int mode, const char *ciphers);
SSL_CTX *make_ctx_choice(int mode);
struct tls_opts {
  long verify_peer;
  int verify_mode;
};
extern const struct tls_opts k_cloud_tls;
void opts_init(struct tls_opts *o);
void channel_open(SSL_CTX *ctx, const struct tls_opts *o);
void start_channel(SSL_CTX *ctx);
int accept_all(int ok, X509_STORE_CTX *store);
int check_chain(int ok, X509_STORE_CTX *store);
void install_callbacks(SSL_CTX *a, SSL_CTX *b);
