// main.cpp - npdrm-sign: builds, signs and verifies packages.
//
//   npdrm-sign [--v2 | --legacy-rsa] --key FILE [--rap FILE] [--free] IN.pkg OUT.pkg
#include <cryptopp/hex.h>
#include <cryptopp/integer.h>

#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>

#include "npdrm.hpp"

namespace npdrm {

Bytes read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

CryptoPP::Integer load_private_scalar(const std::string& path)
{
    const Bytes raw = read_file(path);
    std::string hex(raw.begin(), raw.end());
    while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r'))
        hex.pop_back();
    return CryptoPP::Integer(("0x" + hex).c_str());
}

std::unique_ptr<PackageSigner> make_signer(SignerKind kind, const SignerOptions& opts)
{
    if (kind == SignerKind::LegacyRsa)
        return make_rsa_signer(opts);
    return make_ecdsa_signer(kind, opts);
}

}  // namespace npdrm

namespace {

void usage()
{
    std::cerr << "usage: npdrm-sign [--v2 | --legacy-rsa] --key FILE [--rap FILE] [--free] IN.pkg OUT.pkg\n";
}

}  // namespace

int main(int argc, char** argv)
{
    using namespace npdrm;
    SignerKind kind = SignerKind::RetailV1;
    SignerOptions opts;
    bool free_content = false;
    std::string in_path, out_path;

    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--v2")
            kind = SignerKind::RetailV2;
        else if (a == "--legacy-rsa")
            kind = SignerKind::LegacyRsa;
        else if (a == "--key" && i + 1 < argc)
            opts.key_path = argv[++i];
        else if (a == "--rap" && i + 1 < argc)
            opts.rap_path = argv[++i];
        else if (a == "--free")
            free_content = true;
        else if (a == "-v")
            opts.verbose = true;
        else if (in_path.empty())
            in_path = a;
        else
            out_path = a;
    }
    if (opts.key_path.empty() || in_path.empty() || out_path.empty()) {
        usage();
        return 2;
    }

    try {
        Bytes pkg = read_file(in_path);
        if (pkg.size() < sizeof(PackageHeader))
            throw std::runtime_error("truncated package");
        PackageHeader hdr;
        std::memcpy(&hdr, pkg.data(), sizeof(hdr));
        if (free_content)
            hdr.license = LicenseType::Free;

        const Bytes body(pkg.begin() + static_cast<std::ptrdiff_t>(sizeof(hdr)), pkg.end());
        const Bytes plain = decrypt_content(hdr, body, opts);
        const Bytes table = content_digest_table(plain, 0x10000);

        auto signer = make_signer(kind, opts);
        Bytes to_sign(reinterpret_cast<const std::uint8_t*>(&hdr),
                      reinterpret_cast<const std::uint8_t*>(&hdr) + sizeof(hdr));
        to_sign.insert(to_sign.end(), table.begin(), table.end());
        const Bytes sig = signer->sign(to_sign);
        if (sig.empty())
            throw std::runtime_error("signer returned no signature");

        std::ofstream out(out_path, std::ios::binary);
        out.write(reinterpret_cast<const char*>(pkg.data()), static_cast<std::streamsize>(pkg.size()));
        out.write(reinterpret_cast<const char*>(table.data()), static_cast<std::streamsize>(table.size()));
        out.write(reinterpret_cast<const char*>(sig.data()), static_cast<std::streamsize>(sig.size()));
        if (opts.verbose)
            std::cout << signer->name() << ": " << sig.size() << "-byte signature\n";
    } catch (const std::exception& e) {
        std::cerr << "npdrm-sign: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
