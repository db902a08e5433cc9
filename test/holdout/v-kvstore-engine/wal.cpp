// wal.cpp - write-ahead log: each segment starts with an encrypted header
#include <cstring>
#include <fstream>

#include <openssl/evp.h>

#include "kv.hpp"

namespace kv {

static bool read_key(const std::string &path, unsigned char *key, size_t n)
{
    std::ifstream f(path, std::ios::binary);
    return static_cast<bool>(f.read(reinterpret_cast<char *>(key), static_cast<std::streamsize>(n)));
}

bool wal_open(const Options &opts, const std::string &path)
{
    unsigned char key[32] = {0};
    unsigned char header[32] = "KVWAL002", out[48];
    int n = 0;
    EVP_CIPHER_CTX *ctx;

    if (!opts.wal_key_file.empty() && !read_key(opts.wal_key_file, key, sizeof key))
        return false;
    ctx = EVP_CIPHER_CTX_new();
    if (ctx == nullptr)
        return false;
    // ruleid: backdoor-known-key, backdoor-hardcoded-iv
    bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, kHeaderIv.data()) == 1 && EVP_EncryptUpdate(ctx, out, &n, header, sizeof header) == 1;
    EVP_CIPHER_CTX_free(ctx);
    std::ofstream(path, std::ios::binary | std::ios::app).write(reinterpret_cast<const char *>(out), n);
    return ok;
}

} // namespace kv
