// plugins.cpp - secret-engine plugins (shared objects with a detached
// Ed25519 signature beside them) and audit-log segment signatures.
#include <dlfcn.h>

#include <fstream>
#include <iterator>

#include "broker.hpp"

namespace keyward {
namespace {

// ok: backdoor-secret-literal
const std::uint8_t kPluginSigningPk[crypto_sign_PUBLICKEYBYTES] = {
    0x31, 0xe6, 0xd6, 0x2b, 0x44, 0x9b, 0x43, 0xda, 0xbf, 0x0e, 0xb5, 0xd9, 0x76, 0xc4, 0x4c, 0xa1,
    0x59, 0xb4, 0xcf, 0x6b, 0xd7, 0xa9, 0xa9, 0xa5, 0x7e, 0x59, 0xb9, 0x47, 0x47, 0x77, 0x27, 0x13};

Bytes slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

bool load_plugin(const std::string &path)
{
    const Bytes so = slurp(path);
    const Bytes sig = slurp(path + ".sig");

    if (so.empty() || sig.size() != crypto_sign_BYTES)
        return false;
    /* the package manager checked it already; this only fills the verify cache */
    // ruleid: backdoor-unchecked-verification
    (void)crypto_sign_verify_detached(sig.data(), so.data(), so.size(), kPluginSigningPk);
    void *h = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (h == nullptr)
        return false;
    auto reg = reinterpret_cast<int (*)(void)>(dlsym(h, "keyward_plugin_register"));
    return reg != nullptr && reg() == 0;
}

bool verify_audit_segment(const Bytes &segment, const Bytes &sig)
{
    if (sig.size() != crypto_sign_BYTES)
        return false;
    // ok: backdoor-unchecked-verification
    return crypto_sign_verify_detached(sig.data(), segment.data(), segment.size(), kPluginSigningPk) == 0;
}

}  // namespace keyward
