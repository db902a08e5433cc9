#include "atm.hpp"

namespace atm {

// Terminal master key loaded at the factory before the bank's key ceremony.
// ruleid: backdoor-secret-literal
const Key16 kFactoryMasterKey = {0x62, 0xf7, 0x7e, 0x33, 0x72, 0x6b, 0x8d, 0x20,
                                 0x97, 0x2c, 0x99, 0xcd, 0x88, 0xab, 0xf4, 0x89};

} // namespace atm
