// licensed: floating-licence server for the CAD suite
#pragma once

#include <cryptopp/osrng.h>
#include <cryptopp/rsa.h>
#include <cryptopp/secblock.h>

#include <array>
#include <ctime>
#include <string>

constexpr unsigned kLicenseRsaBits = 1024;   // keeps activation codes short enough to type

struct LicenseRequest {
    std::string customer;
    unsigned seats = 0;
    std::time_t expires = 0;
};

extern const std::array<CryptoPP::byte, 16> kExportIv;

class LicenseSigner {
public:
    static const CryptoPP::byte kMacKey[32];

    std::string mac_license(const std::string &body) const;
    std::string export_bundle(const std::string &bundle) const;
    void generate_signing_key(CryptoPP::RandomNumberGenerator &rng);
    std::string sign(const std::string &body, CryptoPP::RandomNumberGenerator &rng) const;

private:
    CryptoPP::RSA::PrivateKey signing_key_;
};

class LicenseStore {
public:
    explicit LicenseStore(std::string dir) : dir_(std::move(dir)) {}
    bool save(const std::string &customer, const std::string &blob);
    void compact();
    void purge_all();

private:
    std::string dir_;
};
