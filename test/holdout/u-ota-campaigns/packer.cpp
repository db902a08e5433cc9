// Delta packages per ECU generation.
#include <cryptopp/aes.h>
#include <cryptopp/des.h>

#include "ota.hpp"

namespace ota {

Bytes pack_delta(int generation, const Bytes &key, const Bytes &iv, const Bytes &delta) {
  if (generation == 1) {
    /* generation-1 body controllers: the bootloader has 3DES only */
    // ruleid: backdoor-weak-cipher
    const DeltaPacker<CryptoPP::DES_EDE3> packer;
    if (key.size() != packer.key_size() || iv.size() != packer.iv_size())
      return {};
    return packer.pack(key, iv, delta);
  }
  // ok: backdoor-weak-cipher
  const DeltaPacker<CryptoPP::AES> packer;
  if (key.size() != 32 || iv.size() != packer.iv_size())
    return {};
  return packer.pack(key, iv, delta);
}

}  // namespace ota
