// item_codec.cpp: encrypted fields of vault items.
//   "!" base64(iv) "|" base64(ciphertext)   AES-256-CBC (every client since 2012)
//   base64(ciphertext)                      AES-256, original format, no IV
// Old accounts still carry fields of the original format; they are read as
// they are and rewritten only when the user edits the item.
#include "vault.hpp"

#include <openssl/rand.h>

namespace lpv {

bool ItemCodec::decrypt_field(const std::string &field, const Bytes &key, std::string &out) const {
  Bytes plain;
  if (field.empty()) {
    out.clear();
    return true;
  }
  if (field[0] == '!') {
    const auto bar = field.find('|');
    if (bar == std::string::npos)
      return false;
    const Bytes iv = b64_decode(field.substr(1, bar - 1));
    const Bytes ct = b64_decode(field.substr(bar + 1));
    if (iv.size() != 16)
      return false;
    // ok: backdoor-hardcoded-iv, backdoor-ecb-mode, backdoor-weak-cipher
    if (!backend_.decrypt(EVP_aes_256_cbc(), key, iv, ct, plain))
      return false;
  } else {
    const Bytes ct = b64_decode(field);
    // ruleid: backdoor-ecb-mode
    if (!backend_.decrypt(EVP_aes_256_ecb(), key, Bytes(), ct, plain))
      return false;
  }
  out.assign(plain.begin(), plain.end());
  return true;
}

bool ItemCodec::encrypt_field(const std::string &plain, const Bytes &key, std::string &out) const {
  Bytes iv(16), ct;
  // ok: backdoor-predictable-random
  if (RAND_bytes(iv.data(), static_cast<int>(iv.size())) != 1)
    return false;
  // ok: backdoor-hardcoded-iv, backdoor-ecb-mode
  if (!backend_.encrypt(EVP_aes_256_cbc(), key, iv, Bytes(plain.begin(), plain.end()), ct))
    return false;
  out = "!" + b64_encode(iv) + "|" + b64_encode(ct);
  return true;
}

} // namespace lpv
