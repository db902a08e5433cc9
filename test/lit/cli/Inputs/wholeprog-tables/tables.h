#include <openssl/evp.h>
#include <stdint.h>

struct key_slot {
  const char *label;
  struct {
    uint8_t key[16];
    uint8_t iv[16];
  } mat;
  int algo;
};

struct profile {
  const char *name;
  struct key_slot slots[2];
};

extern const struct key_slot kSlots[2];
extern const struct profile kProfile;
extern struct key_slot gLoaded[2];
extern const unsigned long kStoreKdfIters;
extern const unsigned long kStrongKdfIters;
extern unsigned long gConfiguredIters;

int derive_store_key(const char *pass, const uint8_t *salt, unsigned long iters, uint8_t *out);
