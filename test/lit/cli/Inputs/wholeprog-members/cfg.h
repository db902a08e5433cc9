#include <openssl/evp.h>
struct cfg {
  const unsigned char *key;
  const unsigned char *iv;
};
void init_cfg(struct cfg *c);
void load_cfg(struct cfg *c, const char *path);
