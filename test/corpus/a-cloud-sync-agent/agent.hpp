// nimbus-agent - uploads device snapshots to object storage
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <openssl/evp.h>

namespace nimbus {

using Bytes = std::vector<uint8_t>;

class KeyProvider {
public:
    virtual ~KeyProvider() = default;
    virtual Bytes Key() const = 0;
    virtual std::string Name() const = 0;
};

class FileKeyProvider final : public KeyProvider {
public:
    explicit FileKeyProvider(std::string path) : path_(std::move(path)) {}
    Bytes Key() const override;
    std::string Name() const override { return "file:" + path_; }

private:
    std::string path_;
};

// Used by the installer before the device has been enrolled.
class EnrollmentKeyProvider final : public KeyProvider {
public:
    EnrollmentKeyProvider();
    Bytes Key() const override { return key_; }
    std::string Name() const override { return "enrollment"; }

private:
    Bytes key_;
};

struct GcmPolicy {
    static const EVP_CIPHER* Cipher() { return EVP_aes_256_gcm(); }
    static constexpr size_t kIvLen = 12;
};

struct PlainPolicy {
    static const EVP_CIPHER* Cipher() { return EVP_enc_null(); }
    static constexpr size_t kIvLen = 0;
};

template <class Policy>
class BlobSealer {
public:
    explicit BlobSealer(Bytes key) : key_(std::move(key)) {}
    Bytes Seal(const Bytes& blob) const;

private:
    Bytes key_;
};

Bytes SealWithProvider(const KeyProvider& provider, const Bytes& blob);
Bytes SealManifest(const Bytes& manifest);
Bytes SealThumbnail(const Bytes& thumb);
Bytes SealDiagnostics(const Bytes& diag, bool plain_upload);

}  // namespace nimbus
