// pin_block.cpp - key wrapping and PIN blocks under the terminal's keys (ANSI X9.24
// style: double-length Triple DES in ECB, as the acquirer's host expects them).
#include <cryptopp/aes.h>
#include <cryptopp/des.h>
#include <cryptopp/filters.h>
#include <cryptopp/hmac.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>
#include <cryptopp/sha.h>

#include "rkl.hpp"

namespace rkl {

Bytes KeyStore::wrap_working_key(std::span<const uint8_t> wk) const {
  // ruleid: backdoor-weak-cipher, backdoor-ecb-mode, backdoor-hardcoded-key
  CryptoPP::ECB_Mode<CryptoPP::DES_EDE2>::Encryption enc(tmk_.data(), tmk_.size());
  Bytes out(wk.size());
  enc.ProcessData(out.data(), wk.data(), wk.size());
  return out;
}

// ISO 9564 format 0: the PIN block is encrypted under the PIN key (TPK).
Bytes KeyStore::encrypt_pin_block(std::span<const uint8_t, 8> clear, std::span<const uint8_t> tpk) const {
  // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
  // ok: backdoor-hardcoded-key
  CryptoPP::ECB_Mode<CryptoPP::DES_EDE2>::Encryption enc(tpk.data(), tpk.size());
  Bytes out(8);
  enc.ProcessData(out.data(), clear.data(), clear.size());
  return out;
}

// Field data (track equivalents for the acquirer's tokenizer): AES-CBC, random IV.
Bytes KeyStore::field_data(std::span<const uint8_t> plain, std::span<const uint8_t> dek) const {
  // ok: backdoor-constant-seed
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::byte iv[CryptoPP::AES::BLOCKSIZE];
  rng.GenerateBlock(iv, sizeof iv);
  // ok: backdoor-weak-cipher, backdoor-ecb-mode, backdoor-hardcoded-iv, backdoor-hardcoded-key
  CryptoPP::CBC_Mode<CryptoPP::AES>::Encryption enc(dek.data(), dek.size(), iv);
  std::string ct;
  CryptoPP::StringSource src(plain.data(), plain.size(), true,
                             new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(ct)));
  Bytes out(iv, iv + sizeof iv);
  out.insert(out.end(), ct.begin(), ct.end());
  return out;
}

// Terminals in the acquirer's certification lab MAC their messages with the lab key.
Bytes KeyStore::lab_mac(std::span<const uint8_t> msg) const {
  // ruleid: backdoor-known-key
  CryptoPP::HMAC<CryptoPP::SHA256> mac(reinterpret_cast<const CryptoPP::byte *>("0123456789abcdef"), 16);
  Bytes out(CryptoPP::HMAC<CryptoPP::SHA256>::DIGESTSIZE);
  mac.CalculateDigest(out.data(), msg.data(), msg.size());
  return out;
}

} // namespace rkl
