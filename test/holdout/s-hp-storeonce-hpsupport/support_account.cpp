// The service account of the appliance, used by field engineers.
#include "d2d.hpp"

namespace d2d {

const char *const kSupportUser = "HPSupport";

// SHA-1 of the service password
// ok: backdoor-secret-literal
const unsigned char kSupportDigest[20] = {
    0xda, 0x41, 0xe0, 0x0d, 0x15, 0xbe, 0x0d, 0x56, 0xff, 0x54,
    0x3d, 0xea, 0x78, 0x81, 0xf4, 0x4a, 0x8f, 0xa6, 0x52, 0xc2,
};

}  // namespace d2d
