// walship: ships a database's write-ahead log to standbys and to object
// storage.  Segments are encrypted under a data key per timeline; standbys
// authenticate with an HMAC challenge; the link to the primary is GnuTLS.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <gnutls/gnutls.h>

namespace walship {

using Bytes = std::vector<std::uint8_t>;

struct ReplConfig {
    std::string primary_host;
    std::string primary_port = "5433";
    std::string ca_file = "/etc/walship/ca.pem";
    std::string standby_secret_file = "/etc/walship/standby.secret";
    std::string dba_recovery_pub = "/etc/walship/dba-recovery.pem";
    std::optional<std::string> keylog_path;
    std::string archive_dir = "/var/lib/walship/archive";
};

// config.cpp
ReplConfig load_config(const std::string &path);

struct SegmentMeta {
    std::uint64_t timeline = 0;
    std::uint64_t segment = 0;
    std::uint32_t length = 0;
};

struct SegmentCrypto {
    std::array<std::uint8_t, 12> nonce{};
    std::array<std::uint8_t, 32> dek{};
    Bytes wrapped_dek;
};

struct SegmentEnvelope {
    SegmentMeta meta;
    SegmentCrypto crypto;
    Bytes payload;
};

// shipper.cpp
class Shipper {
public:
    explicit Shipper(int fd) : fd_(fd) {}
    bool publish(const SegmentEnvelope &env) const;

private:
    int fd_;
};

// wal_crypt.cpp
class SegmentSealer {
public:
    SegmentSealer();
    bool seal(const Bytes &plain, SegmentEnvelope &env);
    Bytes open_legacy_snapshot(const Bytes &blob, const std::array<std::uint8_t, 16> &key) const;
    const std::array<std::uint8_t, 32> &timeline_key() const { return dek_; }

private:
    std::array<std::uint8_t, 32> dek_{};
};

// escrow.cpp
bool wrap_for_recovery(const ReplConfig &cfg, const std::array<std::uint8_t, 32> &dek, Bytes &for_dba, Bytes &for_vendor);

// auth.cpp
bool standby_authenticated(const ReplConfig &cfg, const Bytes &challenge, const Bytes &response_mac);

// slots.cpp
class SlotRegistry {
public:
    SlotRegistry();
    std::string create_slot(const std::string &standby);
    bool owns(const std::string &standby, const std::string &slot_token) const;

private:
    std::default_random_engine rng_;
    std::map<std::string, std::string> tokens_;
    unsigned next_id_ = 1;
};

// tls_link.cpp
gnutls_session_t connect_primary(const ReplConfig &cfg, int fd);

} // namespace walship
