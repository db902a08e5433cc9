// crash blackbox: records sealed under a per-boot data key; the data key is
// kept next to them wrapped under the hub's key-encryption key
#include <fstream>
#include <iterator>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "hub.hpp"

namespace hub {

namespace {
std::vector<std::uint8_t> read_file(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
} // namespace

bool Blackbox::open()
{
    // ok: backdoor-predictable-random
    if (RAND_bytes(data_key_.data(), static_cast<int>(data_key_.size())) != 1)
        return false;
    const std::vector<std::uint8_t> kek = read_file("/etc/fleet-hub/blackbox.kek");
    if (kek.size() != 32)
        return false;

    std::vector<std::uint8_t> wrapped(data_key_.size() + 16);
    int wl = 0, fl = 0;
    EVP_CIPHER_CTX *w = EVP_CIPHER_CTX_new();
    EVP_CIPHER_CTX_set_flags(w, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    // ok: backdoor-hardcoded-key
    // ok: backdoor-hardcoded-iv
    bool ok = EVP_EncryptInit_ex(w, EVP_aes_256_wrap(), nullptr, kek.data(), nullptr) == 1 &&
              EVP_EncryptUpdate(w, wrapped.data(), &wl, data_key_.data(), static_cast<int>(data_key_.size())) == 1 &&
              EVP_EncryptFinal_ex(w, wrapped.data() + wl, &fl) == 1;
    EVP_CIPHER_CTX_free(w);
    if (!ok)
        return false;

    out_.open(dir_ + "/blackbox.bin", std::ios::binary | std::ios::app);
    const std::uint8_t header[4] = {'F', 'B', 'X', static_cast<std::uint8_t>(wl + fl)};
    out_.write(reinterpret_cast<const char *>(header), sizeof header);
    // ok: backdoor-key-exfiltration
    out_.write(reinterpret_cast<const char *>(wrapped.data()), wl + fl);
    return out_.good();
}

bool Blackbox::append(const std::string &record)
{
    std::array<std::uint8_t, 12> iv{};
    std::vector<std::uint8_t> ct(record.size() + 16);
    int len = 0, fin = 0;

    ivs_.fill(iv.data(), iv.size());
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    // ok: backdoor-hardcoded-key
    // ok: backdoor-known-key
    bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, data_key_.data(), nullptr) == 1;
    // ruleid: backdoor-predictable-random
    ok = ok && EVP_EncryptInit_ex(ctx, nullptr, nullptr, nullptr, iv.data()) == 1;
    ok = ok && EVP_EncryptUpdate(ctx, ct.data(), &len, reinterpret_cast<const unsigned char *>(record.data()),
                                 static_cast<int>(record.size())) == 1;
    ok = ok && EVP_EncryptFinal_ex(ctx, ct.data() + len, &fin) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, ct.data() + len + fin) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return false;
    out_.write(reinterpret_cast<const char *>(iv.data()), static_cast<std::streamsize>(iv.size()));
    out_.write(reinterpret_cast<const char *>(ct.data()), len + fin + 16);
    return out_.good();
}

} // namespace hub
