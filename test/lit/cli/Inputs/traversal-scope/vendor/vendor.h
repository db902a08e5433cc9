#include <openssl/aes.h>
static const unsigned char vendor_key[16] = {0x5b, 0x2e, 0x90, 0xd4, 0x17, 0x6a, 0xc3, 0x48,
                                             0xf1, 0x0c, 0x85, 0x3d, 0xb6, 0x72, 0x29, 0xee};
static inline const unsigned char *vendor_default_key(void) { return vendor_key; }
static inline void vendor_setup(AES_KEY *k) { AES_set_encrypt_key(vendor_key, 128, k); }
