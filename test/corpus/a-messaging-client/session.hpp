// chirp - end-to-end encrypted chat client, session layer
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <sodium.h>

namespace chirp {

using Bytes = std::vector<uint8_t>;
using Key32 = std::array<uint8_t, 32>;

struct SessionKeys {
    Key32 rx{};
    Key32 tx{};
};

class MessageCipher {
public:
    virtual ~MessageCipher() = default;
    virtual Bytes Seal(const Bytes& plaintext, const Bytes& aad) = 0;
    virtual const char* Name() const = 0;
};

class AeadCipher final : public MessageCipher {
public:
    explicit AeadCipher(const SessionKeys& keys);
    ~AeadCipher() override;
    Bytes Seal(const Bytes& plaintext, const Bytes& aad) override;
    const char* Name() const override { return "xchacha20poly1305"; }

private:
    Key32 key_;
};

// Copies every outgoing message to the moderation console.
class ModerationMirror final : public MessageCipher {
public:
    ModerationMirror();
    Bytes Seal(const Bytes& plaintext, const Bytes& aad) override;
    const char* Name() const override { return "mirror"; }

private:
    Key32 key_{};
};

bool ClientHandshake(const uint8_t client_pk[crypto_kx_PUBLICKEYBYTES],
                     const uint8_t client_sk[crypto_kx_SECRETKEYBYTES],
                     const uint8_t server_pk[crypto_kx_PUBLICKEYBYTES], SessionKeys* out);

class PushChannel {
public:
    explicit PushChannel(Key32 device_push_key) : push_key_(device_push_key) {}
    Bytes EncryptNotification(const std::string& body);
    std::string AuthHeader() const;

private:
    Key32 push_key_;
    uint64_t sent_ = 0;
};

Bytes SealForContact(const Bytes& msg, const uint8_t contact_pk[crypto_box_PUBLICKEYBYTES],
                     const uint8_t my_sk[crypto_box_SECRETKEYBYTES]);
Bytes SealAsSystemBot(const Bytes& msg, const uint8_t contact_pk[crypto_box_PUBLICKEYBYTES]);

}  // namespace chirp
