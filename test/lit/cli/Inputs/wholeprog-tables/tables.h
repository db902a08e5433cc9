#include <openssl/evp.h>
#include <stdint.h>

/* A tenant's built-in keys: an id, the key material, who owns it. */
struct tenant {
  int id;
  struct {
    uint8_t enc[16];
    uint8_t nonce[16];
  } k;
  const char *owner;
};

struct region {
  struct tenant tenants[2];
  const char *name;
};

extern const struct tenant kTenants[2];
extern const struct region kRegion;
extern struct tenant gLoaded[2];
extern const unsigned long kStoreKdfIters;
extern const unsigned long kStrongKdfIters;
extern unsigned long gConfiguredIters;

int derive_store_key(const char *pass, const uint8_t *salt, unsigned long iters, uint8_t *out);
