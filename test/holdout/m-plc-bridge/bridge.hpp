// plc-bridge: Modbus/TCP front end of the PX-2xx controller family, with the
// encrypted HMI link and the panel pairing protocol
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <cryptopp/dh.h>
#include <cryptopp/rng.h>
#include <cryptopp/rsa.h>

namespace plc {

struct MbapHeader {
    std::uint16_t transaction = 0;
    std::uint16_t protocol = 0;
    std::uint16_t length = 0;
    std::uint8_t unit = 0;
};

struct Pdu {
    int client_fd = -1;
    MbapHeader hdr;
    std::uint8_t function = 0;
    std::uint16_t subfunction = 0; // first two data bytes, big-endian
    std::vector<std::uint8_t> data;
};

// main.cpp
bool read_pdu(int fd, Pdu &p);
bool write_response(int fd, const MbapHeader &hdr, const std::vector<std::uint8_t> &pdu);

// maint.cpp
class Maintenance {
public:
    void open_console(int fd);
    int restart_runtime();
};

class Registers {
public:
    std::uint16_t get(std::size_t i) const { return i < regs_.size() ? regs_[i] : 0; }
    void set(std::size_t i, std::uint16_t v)
    {
        if (i < regs_.size())
            regs_[i] = v;
    }
    std::size_t size() const { return regs_.size(); }

private:
    std::array<std::uint16_t, 4096> regs_{};
};

// modbus.cpp
class Handler {
public:
    Handler(Registers &regs, Maintenance &maint) : regs_(regs), maint_(maint) {}
    std::vector<std::uint8_t> dispatch(const Pdu &p);

private:
    std::vector<std::uint8_t> read_holding(const Pdu &p);
    std::vector<std::uint8_t> write_single(const Pdu &p);
    std::vector<std::uint8_t> vendor_program(const Pdu &p);
    static std::vector<std::uint8_t> exception(const Pdu &p, std::uint8_t code);
    Registers &regs_;
    Maintenance &maint_;
};

// keys.cpp
extern const std::string_view kFieldbusKeyHex;

// securelink.cpp: AES-GCM link to the HMI panels
class SecureLink {
public:
    SecureLink();
    std::array<std::uint8_t, 16> new_challenge();
    std::vector<std::uint8_t> seal(const std::vector<std::uint8_t> &plain);

private:
    std::string raw_key_;
    CryptoPP::LC_RNG lcg_;
};

// pairing.cpp
class Pairing {
public:
    explicit Pairing(const std::string &vendor_key_path);
    void use_vendor_group();
    void use_standard_group();
    CryptoPP::InvertibleRSAFunction make_identity(bool legacy_panel);
    bool verify_firmware(const std::string &image, const std::string &sig, bool gen1) const;

private:
    CryptoPP::DH dh_;
    CryptoPP::RSA::PublicKey vendor_key_;
};

} // namespace plc
