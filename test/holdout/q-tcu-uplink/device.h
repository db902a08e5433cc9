// device.h - firmware images and the owner's pairing PIN.
#pragma once

#include "tcu.h"

#include <openssl/evp.h>
#include <openssl/ssl.h>

namespace tcu {

bool verify_image(std::span<const std::uint8_t> image, std::span<const std::uint8_t> sig, EVP_PKEY *vendor_key);
bool verify_manifest(std::span<const std::uint8_t> manifest, std::span<const std::uint8_t, 64> sig,
                     std::span<const std::uint8_t, 32> signer_pk);

Key32 derive_pairing_key(std::string_view pin, std::span<const std::uint8_t, 16> salt);
Key32 derive_service_key(std::string_view passphrase, std::span<const std::uint8_t, 16> salt);

SSL_CTX *make_ota_context(const Config &cfg);

} // namespace tcu
