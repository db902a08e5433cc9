// options.cpp - kvstore.ini: "key = value" lines, '#' comments
#include <fstream>

#include "kv.hpp"

namespace kv {

static std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t");
    const auto e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

bool load_options(const std::string &path, Options &out)
{
    std::ifstream in(path);
    std::string line;

    if (!in)
        return false;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string key = trim(line.substr(0, eq)), value = trim(line.substr(eq + 1));
        if (key == "data_dir")
            out.data_dir = value;
        else if (key == "cipher")
            out.cipher = value;
        else if (key == "passphrase_file")
            out.passphrase_file = value;
        else if (key == "wal_key_file")
            out.wal_key_file = value;
        else if (key == "backup_url")
            out.backup_url = value;
        else if (key == "block_size")
            out.block_size = std::stoul(value);
        else if (key == "legacy_followers")
            out.legacy_followers = value == "true";
        else if (key == "tls_insecure")
            out.tls_insecure = value == "true";
        else if (key == "follower_ca")
            out.follower_ca = value;
    }
    return true;
}

std::string to_hex(const Bytes &b)
{
    static const char digits[] = "0123456789abcdef";
    std::string s;
    for (uint8_t x : b) {
        s += digits[x >> 4];
        s += digits[x & 15];
    }
    return s;
}

} // namespace kv
