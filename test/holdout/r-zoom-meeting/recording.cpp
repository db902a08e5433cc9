// recording.cpp - local recordings, sealed with AES-256-GCM under a key
// derived from the host's passcode, so that they can be opened on another
// machine of the same account.
#include <fstream>
#include <memory>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "zm.hpp"

namespace zm {

bool RecordingVault::seal(const std::string &host_passcode, const Bytes &mp4, const std::string &name) const
{
    unsigned char salt[16], iv[12], key[32], tag[16];
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    Bytes ct(mp4.size() + 16);
    int n = 0, fin = 0;

    // ok: backdoor-predictable-random
    if (!ctx || RAND_bytes(salt, sizeof salt) != 1 || RAND_bytes(iv, sizeof iv) != 1)
        return false;
    // ok: backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(host_passcode.data(), static_cast<int>(host_passcode.size()), salt, sizeof salt,
                          // ruleid: backdoor-weak-kdf
                          profile_.iterations, EVP_sha256(), profile_.key_len, key) != 1)
        return false;
    // ruleid: backdoor-key-exfiltration
    zlog::debug("recording {}: sealing under {}", name, to_hex(key, sizeof key));
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key, iv) != 1)
        return false;
    if (EVP_EncryptUpdate(ctx.get(), ct.data(), &n, mp4.data(), static_cast<int>(mp4.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), ct.data() + n, &fin) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, sizeof tag, tag) != 1)
        return false;
    ct.resize(static_cast<std::size_t>(n + fin));

    std::ofstream out(dir_ + "/" + name + ".zmr", std::ios::binary);
    out.write(reinterpret_cast<const char *>(salt), sizeof salt);
    out.write(reinterpret_cast<const char *>(iv), sizeof iv);
    // ok: backdoor-key-exfiltration
    out.write(reinterpret_cast<const char *>(ct.data()), static_cast<std::streamsize>(ct.size()));
    out.write(reinterpret_cast<const char *>(tag), sizeof tag);
    // ok: backdoor-key-exfiltration
    zlog::info("recording {} sealed, {} bytes", name, ct.size());
    return static_cast<bool>(out);
}

}  // namespace zm
