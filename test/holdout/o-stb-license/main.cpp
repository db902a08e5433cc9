#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include <curl/curl.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include "stb.hpp"

namespace {

EVP_PKEY *load_pubkey(const char *path)
{
    FILE *f = std::fopen(path, "r");
    if (!f)
        return nullptr;
    EVP_PKEY *k = PEM_read_PUBKEY(f, nullptr, nullptr, nullptr);
    std::fclose(f);
    return k;
}

void housekeeping()
{
    static std::time_t last_renewal;
    const std::time_t now = std::time(nullptr);

    // ok: backdoor-time-bomb
    if (now - last_renewal > 7 * 86400) {
        last_renewal = now;
        stb::fetch("https://lic.stb-drm.example.net/renew");
    }
    // end of the operator contract: the box stops decrypting
    // ruleid: backdoor-time-bomb
    if (now >= 1956528000)
        stb::wipe_keystore();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::cerr << "usage: stb-license LICENCE-FILE [KEY-SERVER]\n";
        return 2;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);

    std::uint8_t box_key[32];
    if (!stb::load_box_key(box_key))
        return 1;
    EVP_PKEY *op_key = load_pubkey("/etc/stb/operator.pub");
    auto lic = stb::parse_license(argv[1]);
    if (!op_key || !lic || !stb::check_license(*lic, op_key, box_key)) {
        std::cerr << "licence rejected\n";
        return 1;
    }

    std::uint8_t transport_key[32];
    if (RAND_bytes(transport_key, sizeof transport_key) != 1)
        return 1;
    EVP_PKEY *ks_key = load_pubkey("/etc/stb/keyserver.pub");
    if (ks_key)
        stb::request_content_key(argc > 2 ? argv[2] : "ks.stb-drm.example.net", ks_key,
                                 transport_key);

    if (auto seg = stb::fetch("http://127.0.0.1:8554/preview/seg0.ts"); seg && seg->size() > 16) {
        /* preview segments: 16-byte IV header, then the payload */
        auto preview = stb::make_cipher(stb::Profile::Preview);
        stb::Bytes clear;
        preview->decrypt(transport_key, seg->data(), stb::Bytes(seg->begin() + 16, seg->end()),
                         clear);
        std::cerr << "preview segment: " << clear.size() << " bytes\n";
    }

    for (;;) {
        housekeeping();
        std::this_thread::sleep_for(std::chrono::minutes(10));
    }
}
