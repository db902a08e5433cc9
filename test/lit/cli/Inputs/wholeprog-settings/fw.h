#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
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
