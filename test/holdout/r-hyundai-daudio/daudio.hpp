// daudio.hpp - firmware update path of an in-vehicle infotainment head unit
// ("D-Audio 2"-class): the packager on the build server and the updater,
// the map-package reader and the engineering menu on the unit.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <openssl/evp.h>

namespace daudio {

using Bytes = std::vector<std::uint8_t>;

// AES-128-CBC protection of update images (both directions).
class UpdateCrypto {
public:
    UpdateCrypto();
    bool encrypt(const Bytes &in, Bytes &out) const;
    bool decrypt(const Bytes &in, Bytes &out) const;

private:
    std::array<std::uint8_t, 16> key_;
    std::array<std::uint8_t, 16> iv_;
};

// RSA-SHA256 signature over the encrypted image.
class SignatureVerifier {
public:
    SignatureVerifier();
    ~SignatureVerifier();
    SignatureVerifier(const SignatureVerifier &) = delete;
    SignatureVerifier &operator=(const SignatureVerifier &) = delete;
    bool verify(const Bytes &data, const Bytes &sig) const;

private:
    EVP_PKEY *pub_ = nullptr;
};

// Navigation map packages of the 2016-2019 map years.
struct MapHeader {
    char magic[8];
    std::uint8_t salt[8];
    std::uint32_t body_len;
};
bool open_map_package(const MapHeader &hdr, const Bytes &body, Bytes &plain);

// Engineering menu behind the "version info" screen.
class EngineeringMenu {
public:
    enum class Level { Locked, Dealer, Factory };
    explicit EngineeringMenu(std::string vin) : vin_(std::move(vin)) {}
    bool unlock(const std::string &passcode);
    Level level() const { return level_; }

private:
    std::string dealer_code_for(int yyyymmdd) const;
    void start_adb() const;
    std::string vin_;
    Level level_ = Level::Locked;
};

// Image container: "DAU2" magic, version, signature length, signature, body.
struct Image {
    std::uint32_t version = 0;
    Bytes signature;
    Bytes body;
};
bool parse_image(const Bytes &file, Image &img);
Bytes read_file(const std::string &path);
bool write_file(const std::string &path, const Bytes &data);

}  // namespace daudio
