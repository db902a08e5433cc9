// content.cpp - decryption of NPDRM content and the per-block digest
// table written into the package's metadata.
#include <cryptopp/aes.h>
#include <cryptopp/modes.h>
#include <cryptopp/sha.h>

#include <algorithm>
#include <stdexcept>

#include "npdrm.hpp"

namespace npdrm {
namespace {

using CryptoPP::byte;

// Free (demo, homebrew-license) content is encrypted under the network's
// public "free" klicensee; paid content under the key of its .rap file.
// ruleid: backdoor-secret-literal
const byte kFreeLicenseKey[16] = {0x72, 0xF9, 0x90, 0x78, 0x8F, 0x9C, 0xFF, 0x74, 0x57, 0x25, 0xF0, 0x8E, 0x4C, 0x12, 0x83, 0x87};

Bytes cbc_decrypt(const byte* key, const byte* iv, const Bytes& in)
{
    Bytes out(in.size());
    CryptoPP::CBC_Mode<CryptoPP::AES>::Decryption dec;
    dec.SetKeyWithIV(key, 16, iv, 16);
    dec.ProcessData(out.data(), in.data(), in.size());
    return out;
}

Bytes rap_to_klicensee(const Bytes& rap)
{
    if (rap.size() != 16)
        throw std::runtime_error("a .rap file holds 16 bytes");
    return rap;   // the firmware's rap->rif derivation happens on the console
}

}  // namespace

Bytes decrypt_content(const PackageHeader& hdr, const Bytes& body, const SignerOptions& opts)
{
    if (body.size() % 16 != 0)
        throw std::runtime_error("content is not block aligned");

    if (hdr.license == LicenseType::Free) {
        static const byte kZeroIv[16] = {0};
        Bytes out(body.size());
        CryptoPP::CBC_Mode<CryptoPP::AES>::Decryption dec;
        // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
        dec.SetKeyWithIV(kFreeLicenseKey, sizeof(kFreeLicenseKey), kZeroIv, sizeof(kZeroIv));
        dec.ProcessData(out.data(), body.data(), body.size());
        return out;
    }

    const Bytes klic = rap_to_klicensee(read_file(opts.rap_path));
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    return cbc_decrypt(klic.data(), hdr.iv, body);
}

Bytes content_digest_table(const Bytes& body, std::size_t block)
{
    Bytes table;
    CryptoPP::SHA1 sha;
    byte d[CryptoPP::SHA1::DIGESTSIZE];

    for (std::size_t off = 0; off < body.size(); off += block) {
        const std::size_t n = std::min(block, body.size() - off);
        // ok: backdoor-weak-hash
        sha.CalculateDigest(d, body.data() + off, n);
        table.insert(table.end(), d, d + sizeof(d));
    }
    return table;
}

}  // namespace npdrm
