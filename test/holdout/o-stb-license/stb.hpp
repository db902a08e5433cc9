// stb-license: content licence client of a cable set-top box (OpenSSL 3, libcurl).
#pragma once

#include <array>
#include <cstdint>
#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <openssl/evp.h>

namespace stb {

using Bytes = std::vector<std::uint8_t>;

enum class Profile { Preview, Sd, Hd };

struct License {
    std::string serial;       // box serial the licence is bound to
    std::string channels;
    std::time_t not_after = 0;
    Bytes body;               // signed part
    Bytes signature;          // ECDSA P-256 by the operator
    std::array<std::uint8_t, 32> mac{};   // HMAC-SHA256 under the box key
};

// cipher.cpp
class ContentCipher {
public:
    virtual ~ContentCipher() = default;
    virtual bool decrypt(const std::uint8_t *key, const std::uint8_t *iv, const Bytes &in,
                         Bytes &out) = 0;
};
std::unique_ptr<ContentCipher> make_cipher(Profile profile);

// license.cpp
std::optional<License> parse_license(const std::string &path);
bool check_license(const License &lic, EVP_PKEY *operator_key, const std::uint8_t box_key[32]);

// keystore.cpp
bool load_box_key(std::uint8_t out[32]);
void wipe_keystore();

// fetch.cpp
std::optional<Bytes> fetch(const std::string &url);
std::optional<Bytes> request_content_key(const std::string &key_server, EVP_PKEY *server_pub,
                                         const std::uint8_t transport_key[32]);

} // namespace stb
