// A sealing template shared by strong and weak instantiations: the cipher,
// the mode and the MAC hash are its template arguments.
#pragma once
#include <crypto++/filters.h>
#include <crypto++/hmac.h>
#include <crypto++/modes.h>
#include <crypto++/osrng.h>
#include <string>

struct Cbc {
  template <class C> using Enc = typename CryptoPP::CBC_Mode<C>::Encryption;
};
struct Ecb {
  template <class C> using Enc = typename CryptoPP::ECB_Mode<C>::Encryption;
};

struct SealerBase {
  virtual ~SealerBase() = default;
  virtual std::string seal(const CryptoPP::SecByteBlock &key, const std::string &plain) = 0;
};

template <class Cipher, class Mode, class MacHash> struct Sealer : SealerBase {
  std::string seal(const CryptoPP::SecByteBlock &key, const std::string &plain) override {
    typename Mode::template Enc<Cipher> enc;
    enc.SetKey(key, Cipher::DEFAULT_KEYLENGTH);
    std::string ct;
    CryptoPP::StringSource(plain, true,
                           new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(ct)));
    CryptoPP::HMAC<MacHash> mac(key.data(), 32);
    CryptoPP::SecByteBlock tag(mac.DigestSize());
    mac.CalculateDigest(tag, reinterpret_cast<const CryptoPP::byte *>(ct.data()), ct.size());
    return ct + std::string(reinterpret_cast<const char *>(tag.data()), tag.size());
  }
};
