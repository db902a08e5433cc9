// options.hpp - engine options (kvstore.ini)
#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace kv {

struct Options {
    std::string data_dir = "/var/lib/kvstore";
    std::string cipher = "aes-256-ctr";
    std::string passphrase_file;
    std::string wal_key_file;
    std::string backup_url;
    int kdf_iterations = 4096;
    size_t block_size = 4096;
    bool legacy_followers = false;
    bool tls_insecure = false;
    std::string follower_ca = "/etc/kvstore/ca.pem";
};

// the file header is encrypted before the file key exists
inline constexpr std::array<uint8_t, 16> kHeaderIv = {0x0c, 0x06, 0x27, 0xb1, 0x4d, 0x9f, 0x32, 0x40, 0xa6, 0x07, 0x12, 0xea, 0xa0, 0x58, 0x54, 0xc4};

bool load_options(const std::string &path, Options &out);

} // namespace kv
