#include <fstream>
#include <iostream>
#include <iterator>

#include "sealkit.hpp"

namespace {

sealkit::Bytes read_all(const char *path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const char *env_or(const char *name, const char *fallback)
{
    const char *v = std::getenv(name);
    return v ? v : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: sealkit archive FILE [OWNER.der] | sealkit demo FILE | sealkit cachekey FILE\n";
        return 2;
    }
    const std::string cmd = argv[1];
    const sealkit::Bytes data = read_all(argv[2]);

    // dedup: archives of unchanged files are skipped
    // ok: backdoor-weak-hash
    sealkit::Bytes fp = sealkit::Hasher<CryptoPP::Weak::MD5>::of(data);
    std::cerr << "content fingerprint: " << fp.size() << " bytes\n";

    if (cmd == "archive") {
        const char *pass = std::getenv("SEALKIT_PASSPHRASE");
        if (!pass) {
            std::cerr << "SEALKIT_PASSPHRASE not set\n";
            return 1;
        }
        auto out = sealkit::seal_archive(env_or("SEALKIT_CODEC", "v1"), pass, data,
                                         argc > 3 ? argv[3] : "");
        std::cout.write(reinterpret_cast<const char *>(out.data()), static_cast<std::streamsize>(out.size()));
    } else if (cmd == "demo") {
        auto out = sealkit::seal_for_tenant("acme-demo", data);
        std::cout.write(reinterpret_cast<const char *>(out.data()), static_cast<std::streamsize>(out.size()));
    } else if (cmd == "cachekey") {
        const char *pass = std::getenv("SEALKIT_PASSPHRASE");
        if (!pass) {
            std::cerr << "SEALKIT_PASSPHRASE not set\n";
            return 1;
        }
        CryptoPP::AutoSeededRandomPool rng;
        CryptoPP::SecByteBlock salt(16);
        rng.GenerateBlock(salt, salt.size());
        auto key = sealkit::derive_cache_key(pass, salt);
        std::cerr << "cache key ready (" << key.size() << " bytes)\n";
    }
    return 0;
}
