// npdrm.hpp - package signing tool for the console's NPDRM (.pkg/.edat)
// formats: header layout, the signer interface and the content cipher.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <cryptopp/eccrypto.h>
#include <cryptopp/ecp.h>
#include <cryptopp/integer.h>

namespace npdrm {

using Bytes = std::vector<std::uint8_t>;

enum class SignerKind { RetailV1, RetailV2, LegacyRsa };

enum class LicenseType : std::uint32_t { Network = 1, Local = 2, Free = 3 };

struct PackageHeader {
    std::uint32_t magic = 0x7f504b47;   // "\x7fPKG"
    std::uint16_t revision = 0x8000;
    std::uint16_t type = 1;
    LicenseType license = LicenseType::Free;
    char content_id[48] = {};
    std::uint8_t digest[16] = {};
    std::uint8_t iv[16] = {};
    std::uint64_t data_offset = 0;
    std::uint64_t data_size = 0;
};

struct SignerOptions {
    std::string key_path;        // private scalar (hex) or PKCS#8 file
    std::string rap_path;        // per-content key for paid content
    bool verbose = false;
};

class PackageSigner {
public:
    virtual ~PackageSigner() = default;
    virtual std::string name() const = 0;
    virtual Bytes sign(const Bytes& message) = 0;
};

std::unique_ptr<PackageSigner> make_signer(SignerKind kind, const SignerOptions& opts);
std::unique_ptr<PackageSigner> make_ecdsa_signer(SignerKind kind, const SignerOptions& opts);
std::unique_ptr<PackageSigner> make_rsa_signer(const SignerOptions& opts);
bool verify_update_manifest(const Bytes& manifest, const Bytes& signature, const std::string& vendor_pub_path);

// curves.cpp
const CryptoPP::DL_GroupParameters_EC<CryptoPP::ECP>& vsh_curve();
const CryptoPP::DL_GroupParameters_EC<CryptoPP::ECP>& retail_v2_curve();

// content.cpp
Bytes decrypt_content(const PackageHeader& hdr, const Bytes& body, const SignerOptions& opts);
Bytes content_digest_table(const Bytes& body, std::size_t block);

// keyfile.cpp
CryptoPP::Integer load_private_scalar(const std::string& path);
Bytes read_file(const std::string& path);

}  // namespace npdrm
