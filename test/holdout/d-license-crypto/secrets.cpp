#include "license.h"
#include <cstring>
#include <fstream>

// ruleid: backdoor-secret-literal
extern const char kLicenseHmacKeyHex[] = "4f9a1c83d27e60b5a8e31f94c07d2b6e59f8a3c1d6e04b27";
// ruleid: backdoor-secret-literal
extern const char *const kSupportOverrideToken = "Zk3pQ9vW2xTn8LmR4cYa7HbE";
extern const CryptoPP::byte kPoolSeed[32] = {0x1f, 0x8b, 0x47, 0xd2, 0x6e, 0x90, 0xa3, 0x5c, 0x0b, 0xf4, 0x29, 0x7e, 0xc1, 0x36, 0xe8, 0x5a,
                                            0x94, 0x2d, 0x70, 0xbf, 0x13, 0xc6, 0x8a, 0x51, 0xe7, 0x3b, 0x0f, 0xa9, 0x64, 0xd8, 0x22, 0x9e};

void get_blob_key(uint8_t out[16]) {
  static const uint8_t blob[16] = {0xc4, 0x1e, 0x73, 0xa9, 0x05, 0xdb, 0x62, 0x38, 0xf1, 0x8c, 0x4d, 0xb7, 0x2a, 0x90, 0x5e, 0x16};
  std::memcpy(out, blob, sizeof blob);
}

bool get_blob_key_from_store(uint8_t out[16]) {
  std::ifstream f("/etc/licsrv/blob.key", std::ios::binary);
  return static_cast<bool>(f.read(reinterpret_cast<char *>(out), 16));
}
