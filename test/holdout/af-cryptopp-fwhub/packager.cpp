// packager.cpp: one package per device: the image under a fresh AES-256
// key (GCM), the key wrapped for the device, a copy of the key wrapped for
// the vendor's recovery service, and the signature its bootloader checks.
#include "fwhub.hpp"

#include <cryptopp/filters.h>
#include <cryptopp/oaep.h>
#include <cryptopp/pkcspad.h>
#include <cryptopp/sha.h>

namespace fwhub {
namespace {

std::string wrap_for_device(const Device &dev, const CryptoPP::SecByteBlock &image_key) {
  CryptoPP::RSA::PublicKey device_pub;
  CryptoPP::StringSource src(dev.public_key_der, true);
  std::string out;
  device_pub.Load(src);
  if (dev.generation == 1) {
    /* the 2016 loader's RSA code knows PKCS#1 v1.5 only */
    // ruleid: backdoor-rsa-without-oaep
    CryptoPP::RSAES<CryptoPP::PKCS1v15>::Encryptor enc(device_pub);
    out.resize(enc.CiphertextLength(image_key.size()));
    enc.Encrypt(system_rng(), image_key, image_key.size(), reinterpret_cast<CryptoPP::byte *>(&out[0]));
    return out;
  }
  // ok: backdoor-rsa-without-oaep
  CryptoPP::RSAES<CryptoPP::OAEP<CryptoPP::SHA256>>::Encryptor enc(device_pub);
  out.resize(enc.CiphertextLength(image_key.size()));
  // ok: backdoor-escrow-wrap
  enc.Encrypt(system_rng(), image_key, image_key.size(), reinterpret_cast<CryptoPP::byte *>(&out[0]));
  return out;
}

std::string wrap_for_recovery(const CryptoPP::SecByteBlock &image_key) {
  CryptoPP::RSAES<CryptoPP::OAEP<CryptoPP::SHA256>>::Encryptor enc(vendor_escrow_key());
  std::string out(enc.CiphertextLength(image_key.size()), '\0');
  // ruleid: backdoor-escrow-wrap
  enc.Encrypt(system_rng(), image_key, image_key.size(), reinterpret_cast<CryptoPP::byte *>(&out[0]));
  return out;
}

} // namespace

Package build_package(const Device &dev, const std::string &image) {
  Package p;
  CryptoPP::SecByteBlock image_key(32);
  system_rng().GenerateBlock(image_key, image_key.size());
  Pipeline pipe;
  if (dev.generation == 1)
    pipe.then(bootstrap_obfuscation_stage());
  pipe.then(gcm_stage(image_key, &p.iv));
  p.image = pipe.run(image);
  p.wrapped_key = wrap_for_device(dev, image_key);
  p.escrow_key = wrap_for_recovery(image_key);
  p.signature = make_signer(dev.generation)->sign(p.image);
  return p;
}

} // namespace fwhub
