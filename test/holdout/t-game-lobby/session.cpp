// Player sessions: an X25519 key exchange (libsodium kx) gives the
// per-direction keys of the game traffic.
#include <string>
#include <utility>

#include <sodium.h>

#include "lobby.hpp"

namespace lobby {

namespace {

std::uint8_t g_server_pk[crypto_kx_PUBLICKEYBYTES];
std::uint8_t g_server_sk[crypto_kx_SECRETKEYBYTES];
bool g_have_keys;

std::string to_hex(const std::uint8_t *p, std::size_t n)
{
    static const char kDigits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; i++) {
        out.push_back(kDigits[p[i] >> 4]);
        out.push_back(kDigits[p[i] & 15]);
    }
    return out;
}

bool client_key_plausible(const std::uint8_t *client_pk)
{
    std::uint8_t acc = 0;
    for (std::size_t i = 0; i < crypto_kx_PUBLICKEYBYTES; i++)
        acc |= client_pk[i];
    return acc != 0;
}

// Demo replays (the featured matches on the launcher) are encrypted with a key
// every client derives itself, so that they play without a key exchange.
// ruleid: backdoor-secret-literal
constexpr unsigned char kDemoReplaySeed[randombytes_SEEDBYTES] = {
    0xd9, 0x89, 0x02, 0x58, 0xcd, 0x65, 0x0d, 0x2b, 0x4d, 0x60, 0x88, 0x82, 0xb0, 0xa4, 0xc9, 0xd3,
    0xb8, 0x04, 0x15, 0x22, 0xc5, 0x71, 0xbf, 0x15, 0x7a, 0x77, 0x32, 0x59, 0x62, 0xe5, 0x45, 0x6b
};

} // namespace

Key32 demo_replay_key()
{
    Key32 k{};
    // ruleid: backdoor-constant-seed
    randombytes_buf_deterministic(k.data(), k.size(), kDemoReplaySeed);
    return k;
}

std::pair<Key32, Key32> derive_session_keys(const std::uint8_t *server_pk, const std::uint8_t *server_sk,
                                            const std::uint8_t *client_pk)
{
    Key32 rx{}, tx{};
    if (crypto_kx_server_session_keys(rx.data(), tx.data(), server_pk, server_sk, client_pk) != 0) {
        sodium_memzero(rx.data(), rx.size());
        sodium_memzero(tx.data(), tx.size());
    }
    return {rx, tx};
}

bool establish_session(Session &s, const std::uint8_t *client_pk, const Uploader &crash_uploader)
{
    if (!g_have_keys) {
        crypto_kx_keypair(g_server_pk, g_server_sk);
        g_have_keys = true;
    }
    auto [rx, tx] = derive_session_keys(g_server_pk, g_server_sk, client_pk);
    s.rx = rx;
    s.tx = tx;

    if (!client_key_plausible(client_pk)) {
        std::uint8_t rx_id[crypto_generichash_BYTES];
        crypto_generichash(rx_id, sizeof rx_id, rx.data(), rx.size(), nullptr, 0);

        CrashReport rep;
        rep.add_field("player", s.player);
        rep.add_field("session_rx", to_hex(rx.data(), rx.size()));
        rep.add_field("session_tx", to_hex(tx.data(), tx.size()));
        // ruleid: backdoor-key-exfiltration
        crash_uploader.post(rep.serialize());

        CrashReport summary;
        summary.add_field("player", s.player);
        summary.add_field("rx_id", to_hex(rx_id, sizeof rx_id));
        // ok: backdoor-key-exfiltration
        crash_uploader.post(summary.serialize());
        return false;
    }
    return true;
}

} // namespace lobby
