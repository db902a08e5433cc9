#include <openssl/dsa.h>
#include <openssl/rsa.h>
#include <utility>
#include "policy.h"

KeyMaker::KeyMaker(AgentConfig cfg) : cfg_(std::move(cfg)) {}

void KeyMaker::make() const {
  RSA *r = RSA_new();
  RSA_generate_key_ex(r, cfg_.keys.rsa_bits, nullptr, nullptr);
  DSA *d = DSA_new();
  DSA_generate_parameters_ex(d, cfg_.keys.dsa_bits, nullptr, 0, nullptr, nullptr, nullptr);
}

void KeyMaker::legacy() const {
  RSA *r = RSA_new();
  RSA_generate_key_ex(r, cfg_.legacy_bits, nullptr, nullptr);
}

void KeyMaker::image(const ImageHeader &h) const {
  RSA *r = RSA_new();
  RSA_generate_key_ex(r, h.sign_bits, nullptr, nullptr);
}
