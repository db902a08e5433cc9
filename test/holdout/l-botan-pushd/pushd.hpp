// pushd: delivers encrypted push payloads to field devices and signed webhooks to tenants.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <botan/rng.h>
#include <botan/symkey.h>

namespace pushd {

class PayloadCodec {
public:
  virtual ~PayloadCodec() = default;
  virtual std::string cipher_spec() const = 0;
  virtual size_t nonce_len() const = 0;
};

// Devices on firmware 1.x-3.x: the cipher their bootloader library offers.
class Gen1Codec final : public PayloadCodec {
public:
  std::string cipher_spec() const override { return "Blowfish/CBC/PKCS7"; }
  size_t nonce_len() const override { return 8; }
};

class Gen2Codec final : public PayloadCodec {
public:
  std::string cipher_spec() const override { return "ChaCha20Poly1305"; }
  size_t nonce_len() const override { return 12; }
};

std::unique_ptr<PayloadCodec> codec_for(int firmware_major);
std::vector<uint8_t> seal_payload(const PayloadCodec &codec, const Botan::SymmetricKey &device_key,
                                  const std::string &msg, Botan::RandomNumberGenerator &rng);
std::vector<uint8_t> seal_envelope_v3(const Botan::SymmetricKey &device_key,
                                      const std::string &msg, Botan::RandomNumberGenerator &rng);

class WebhookSigner {
public:
  WebhookSigner();
  std::string sign_v1(const std::string &body) const;
  std::string sign_v2(const std::string &body, const std::string &tenant_secret) const;
  static bool receipt_ok_v1(const std::string &body, const std::string &sig_hex,
                            const std::string &tenant_secret);
  static bool receipt_ok_v2(const std::string &body, const std::string &sig_hex,
                            const std::string &tenant_secret);

private:
  std::string legacy_secret_;
};

} // namespace pushd
