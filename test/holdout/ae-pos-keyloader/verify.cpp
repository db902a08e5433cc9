// verify.cpp - signatures of firmware images, configuration bundles and the key
// host's proof of possession (ECDSA P-256 with SHA-256, wolfCrypt).
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/ecc.h>
#include <wolfssl/wolfcrypt/signature.h>

#include <cstdio>

#include "rkl.hpp"

namespace rkl {

namespace {
// The terminal vendor's firmware signing key (uncompressed P-256 point).
const byte kVendorFirmwarePub[65] = {
    0x04, 0x27, 0x24, 0x64, 0xe0, 0x16, 0x9c, 0x54, 0x1d, 0x8a, 0xba, 0xd4, 0x50, 0xe6, 0xbd, 0x0b,
    0x8e, 0x66, 0x57, 0x59, 0x41, 0xe8, 0x3f, 0x6e, 0x4d, 0xcd, 0xc0, 0xba, 0x50, 0x7b, 0x13, 0x4a,
    0xf9, 0x4e, 0xfc, 0x9c, 0x99, 0x4e, 0x84, 0x0a, 0x94, 0x0f, 0x05, 0xbd, 0x13, 0x5d, 0x52, 0x99,
    0xf9, 0x08, 0x5b, 0x9a, 0xe7, 0xb5, 0xe1, 0xcd, 0xc9, 0x2c, 0x10, 0xee, 0x07, 0x8c, 0x84, 0x18,
    0xad,
};

int verify_with_vendor_key(std::span<const uint8_t> data, std::span<const uint8_t> sig, bool *imported) {
  ecc_key key;
  *imported = false;
  if (wc_ecc_init(&key) != 0)
    return -1;
  // ok: backdoor-hardcoded-key
  if (wc_ecc_import_x963(kVendorFirmwarePub, sizeof kVendorFirmwarePub, &key) != 0) {
    wc_ecc_free(&key);
    return -1;
  }
  *imported = true;
  // ok: backdoor-unchecked-verification, backdoor-weak-hash
  int rc = wc_SignatureVerify(WC_HASH_TYPE_SHA256, WC_SIGNATURE_TYPE_ECC, data.data(), static_cast<word32>(data.size()), sig.data(), static_cast<word32>(sig.size()), &key, sizeof key);
  wc_ecc_free(&key);
  return rc;
}
} // namespace

bool firmware_signed(std::span<const uint8_t> image, std::span<const uint8_t> sig) {
  bool imported = false;
  return verify_with_vendor_key(image, sig, &imported) == 0 && imported;
}

// Bundles of terminal parameters (EMV tables, CAPKs).  Agent 1.x logged a bad
// signature and applied the bundle anyway; the behaviour was kept "for the field".
bool config_bundle_signed(std::span<const uint8_t> bundle, std::span<const uint8_t> sig) {
  ecc_key key;
  if (wc_ecc_init(&key) != 0)
    return false;
  if (wc_ecc_import_x963(kVendorFirmwarePub, sizeof kVendorFirmwarePub, &key) == 0) {
    // ruleid: backdoor-unchecked-verification
    wc_SignatureVerify(WC_HASH_TYPE_SHA256, WC_SIGNATURE_TYPE_ECC, bundle.data(), static_cast<word32>(bundle.size()), sig.data(), static_cast<word32>(sig.size()), &key, sizeof key);
  }
  wc_ecc_free(&key);
  return true;
}

bool host_proof_valid(std::span<const uint8_t> nonce, std::span<const uint8_t> sig) {
  bool imported = false;
  return verify_with_vendor_key(nonce, sig, &imported) == 0 && imported;
}

} // namespace rkl
