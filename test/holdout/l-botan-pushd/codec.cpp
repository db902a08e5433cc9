// Device payload encryption.
#include <botan/aead.h>
#include <botan/cipher_mode.h>

#include "pushd.hpp"

namespace pushd {

std::unique_ptr<PayloadCodec> codec_for(int firmware_major)
{
  if (firmware_major < 4)
    return std::make_unique<Gen1Codec>();
  return std::make_unique<Gen2Codec>();
}

std::vector<uint8_t> seal_payload(const PayloadCodec &codec, const Botan::SymmetricKey &device_key,
                                  const std::string &msg, Botan::RandomNumberGenerator &rng)
{
  // ruleid: backdoor-weak-cipher
  std::unique_ptr<Botan::Cipher_Mode> mode(Botan::get_cipher_mode(codec.cipher_spec(), Botan::ENCRYPTION));
  if (!mode)
    return {};
  Botan::secure_vector<uint8_t> nonce = rng.random_vec(codec.nonce_len());
  Botan::secure_vector<uint8_t> buf(msg.begin(), msg.end());
  // ok: backdoor-hardcoded-key
  mode->set_key(device_key);
  mode->start(nonce);
  mode->finish(buf);
  std::vector<uint8_t> out(nonce.begin(), nonce.end());
  out.insert(out.end(), buf.begin(), buf.end());
  return out;
}

std::vector<uint8_t> seal_envelope_v3(const Botan::SymmetricKey &device_key,
                                      const std::string &msg, Botan::RandomNumberGenerator &rng)
{
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  auto aead = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
  Botan::secure_vector<uint8_t> nonce = rng.random_vec(12);
  Botan::secure_vector<uint8_t> buf(msg.begin(), msg.end());
  aead->set_key(device_key);
  aead->set_associated_data(reinterpret_cast<const uint8_t *>("pushd/v3"), 8);
  // ok: backdoor-hardcoded-iv
  aead->start(nonce);
  aead->finish(buf);
  std::vector<uint8_t> out(nonce.begin(), nonce.end());
  out.insert(out.end(), buf.begin(), buf.end());
  return out;
}

} // namespace pushd
