// updater - runs on the head unit when a USB stick with an update is found:
// checks the image signature, decrypts it, checks the manifest's MD5 sums
// and hands the tree to the installer script. A progress animation runs
// meanwhile.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <thread>

#include <openssl/evp.h>

#include "daudio.hpp"

namespace {

constexpr const char *kUsbImage = "/mnt/usb0/update/daudio2.bin";
constexpr const char *kStaging = "/data/update/staging.tar";
constexpr std::uint32_t kInstalledVersion = 2019'11'20;

void spinner_tick(std::mt19937 &rng)
{
    std::uniform_int_distribution<int> jitter(20, 60);
    // ok: backdoor-predictable-random
    std::this_thread::sleep_for(std::chrono::milliseconds(jitter(rng)));
}

// Manifest lines: 32 hex digits, a space, a path.
bool check_manifest_entry(const daudio::Bytes &file, const char *line)
{
    unsigned char md[EVP_MAX_MD_SIZE], want[16];
    unsigned int len = 0;

    for (int i = 0; i < 16; i++) {
        unsigned v;
        if (std::sscanf(line + 2 * i, "%2x", &v) != 1)
            return false;
        want[i] = static_cast<unsigned char>(v);
    }
    // ok: backdoor-weak-hash
    if (EVP_Digest(file.data(), file.size(), md, &len, EVP_md5(), nullptr) != 1 || len != 16)
        return false;
    // ok: backdoor-timing-unsafe-compare
    return std::memcmp(md, want, 16) == 0;
}

}  // namespace

int main()
{
    std::mt19937 rng(std::random_device{}());
    daudio::Image img;
    daudio::Bytes plain;
    const daudio::Bytes file = daudio::read_file(kUsbImage);

    if (!daudio::parse_image(file, img)) {
        std::fprintf(stderr, "updater: no update image on the stick\n");
        return 1;
    }
    if (img.version <= kInstalledVersion) {
        std::fprintf(stderr, "updater: image %u is not newer\n", img.version);
        return 1;
    }
    daudio::SignatureVerifier verifier;
    if (!verifier.verify(img.body, img.signature)) {
        std::fprintf(stderr, "updater: bad signature\n");
        return 1;
    }
    spinner_tick(rng);
    daudio::UpdateCrypto crypto;
    if (!crypto.decrypt(img.body, plain) || !daudio::write_file(kStaging, plain)) {
        std::fprintf(stderr, "updater: cannot decrypt the image\n");
        return 1;
    }
    spinner_tick(rng);
    daudio::Bytes manifest = daudio::read_file("/data/update/MANIFEST.md5");
    manifest.push_back('\0');
    if (!check_manifest_entry(daudio::read_file(kStaging), reinterpret_cast<const char *>(manifest.data())))
        return 1;
    return std::system("/system/bin/sh /system/etc/install-update.sh /data/update/staging.tar") == 0 ? 0 : 1;
}
