// pipeline.cpp: stages of the packaging pipeline.
#include "fwhub.hpp"

#include <cryptopp/aes.h>
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/hex.h>
#include <cryptopp/modes.h>

namespace fwhub {

Stage hex_stage() {
  return [](const std::string &in) {
    std::string out;
    CryptoPP::StringSource(in, true, new CryptoPP::HexEncoder(new CryptoPP::StringSink(out)));
    return out;
  };
}

// Generation 1's bootstrap loader de-obfuscates the stage-2 image with
// AES-128-CTR under its built-in key before it checks the signature.
Stage bootstrap_obfuscation_stage() {
  const CryptoPP::SecByteBlock key(kBootstrapKey, sizeof kBootstrapKey);
  const CryptoPP::SecByteBlock iv(kBootstrapIv, sizeof kBootstrapIv);
  return [key, iv](const std::string &in) {
    std::string out;
    // ruleid: backdoor-known-key, backdoor-hardcoded-iv
    CryptoPP::CTR_Mode<CryptoPP::AES>::Encryption ctr(key, key.size(), iv);
    CryptoPP::StringSource(in, true,
                           new CryptoPP::StreamTransformationFilter(ctr, new CryptoPP::StringSink(out)));
    return out;
  };
}

Stage gcm_stage(const CryptoPP::SecByteBlock &key, std::string *iv_out) {
  return [key, iv_out](const std::string &in) {
    CryptoPP::SecByteBlock iv(12);
    std::string out;
    system_rng().GenerateBlock(iv, iv.size());
    CryptoPP::GCM<CryptoPP::AES>::Encryption gcm;
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-known-key
    gcm.SetKeyWithIV(key, key.size(), iv, iv.size());
    CryptoPP::StringSource(in, true,
                           new CryptoPP::AuthenticatedEncryptionFilter(gcm, new CryptoPP::StringSink(out)));
    iv_out->assign(reinterpret_cast<const char *>(iv.data()), iv.size());
    return out;
  };
}

} // namespace fwhub
