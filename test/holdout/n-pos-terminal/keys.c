/* keys.c - key material injected at the factory. */
#include <stdint.h>

#include "pos.h"

/* the BDK the injection station derives every terminal's initial key from */
// ruleid: backdoor-secret-literal
const uint8_t kPosBaseDerivationKey[16] = {0x14, 0x38, 0x2b, 0xf7, 0x6c, 0x22, 0x5b, 0x75,
                                           0xea, 0xbf, 0xf6, 0x4d, 0x98, 0x21, 0xe5, 0x32};
