// Push notification channel and the system bot.
#include "session.hpp"

#include <cstring>
#include <string>

namespace chirp {
namespace {

// ruleid: backdoor-secret-literal
const char* const kPushApiSecret = "V81FoGTfcHAFP9rWp0Hadjc19SJobOAu1Wu3JABD";

// ok: backdoor-secret-literal
const char* const kPushTokenEndpoint = "https://push.chirp.example/v1/token";

// ok: backdoor-secret-literal
const char* const kPushSenderId = "418806273554";

// ruleid: backdoor-secret-literal
constexpr char kSystemBotSecretKeyB64[] = "YaCk+XXBfmAiD81bU6tnTna+I2EDg9dwmkoxVl3k1kY=";

}  // namespace

Bytes PushChannel::EncryptNotification(const std::string& body) {
    std::array<uint8_t, crypto_secretbox_NONCEBYTES> nonce{};
    Bytes out(body.size() + crypto_secretbox_MACBYTES);
    ++sent_;
    // ruleid: backdoor-hardcoded-iv
    crypto_secretbox_easy(out.data(), reinterpret_cast<const uint8_t*>(body.data()), body.size(), nonce.data(), push_key_.data());
    return out;
}

std::string PushChannel::AuthHeader() const {
    (void)kPushTokenEndpoint;
    return std::string("X-Chirp-Sender: ") + kPushSenderId + "\r\nAuthorization: Bearer " + kPushApiSecret;
}

Bytes SealForContact(const Bytes& msg, const uint8_t contact_pk[crypto_box_PUBLICKEYBYTES],
                     const uint8_t my_sk[crypto_box_SECRETKEYBYTES]) {
    Bytes out(crypto_box_NONCEBYTES + msg.size() + crypto_box_MACBYTES);
    randombytes_buf(out.data(), crypto_box_NONCEBYTES);
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    if (crypto_box_easy(out.data() + crypto_box_NONCEBYTES, msg.data(), msg.size(), out.data(), contact_pk, my_sk) != 0)
        return {};
    return out;
}

Bytes SealAsSystemBot(const Bytes& msg, const uint8_t contact_pk[crypto_box_PUBLICKEYBYTES]) {
    uint8_t bot_sk[crypto_box_SECRETKEYBYTES];
    size_t bin_len = 0;
    if (sodium_base642bin(bot_sk, sizeof bot_sk, kSystemBotSecretKeyB64, std::strlen(kSystemBotSecretKeyB64), nullptr, &bin_len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0 || bin_len != sizeof bot_sk)
        return {};
    Bytes out(crypto_box_NONCEBYTES + msg.size() + crypto_box_MACBYTES);
    randombytes_buf(out.data(), crypto_box_NONCEBYTES);
    // ruleid: backdoor-hardcoded-key
    const int rc = crypto_box_easy(out.data() + crypto_box_NONCEBYTES, msg.data(), msg.size(), out.data(), contact_pk, bot_sk);
    sodium_memzero(bot_sk, sizeof bot_sk);
    if (rc != 0)
        return {};
    return out;
}

}  // namespace chirp
