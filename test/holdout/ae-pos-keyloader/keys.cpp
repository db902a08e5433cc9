// keys.cpp - keys the terminal ships with.
#include "rkl.hpp"

namespace rkl {

// Factory TMK: protects the first remote key load (before the acquirer's TMK arrives).
// ruleid: backdoor-secret-literal
extern const Key16 kFactoryMasterKey = {0x13, 0x57, 0xc1, 0x41, 0xff, 0xd5, 0x72, 0xa7,
                                        0xa1, 0x88, 0x40, 0x34, 0x89, 0x9e, 0x96, 0xed};

} // namespace rkl
