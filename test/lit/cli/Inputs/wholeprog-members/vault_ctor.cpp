#include "vault.h"
#include <stdio.h>
namespace app {
static const unsigned char kMaster[16] = {0x5e, 0x09, 0xc3, 0x71, 0xa2, 0x4f, 0x18, 0xd6,
                                          0x3b, 0xe0, 0x97, 0x2c, 0x64, 0xfa, 0x81, 0x1d};
static const unsigned char kIv[16] = {0};
Vault::Vault() : key_(kMaster, kMaster + 16), iv_(kIv) {}
Session::Session() { RAND_bytes(key_, sizeof key_); }
Kms::Kms() {
  FILE *f = fopen("/etc/app/kms.key", "rb");
  fread(key_, 1, sizeof key_, f);
}
} // namespace app
