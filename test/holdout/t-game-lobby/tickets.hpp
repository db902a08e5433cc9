// Match tickets: the lobby signs a ticket naming the player, the match and
// the game server; game servers check it before letting the player in.
#pragma once

#include <string>

#include <openssl/evp.h>

namespace lobby {

class TicketSigner {
public:
    virtual ~TicketSigner() = default;
    virtual std::string sign(const std::string &ticket) const = 0;
    virtual bool verify(const std::string &ticket, const std::string &tag) const = 0;
};

// HMAC tickets: the current format and, for servers not yet upgraded, the
// 2019 format.
class HmacTicketSigner : public TicketSigner {
public:
    HmacTicketSigner(std::string key, bool legacy_format);
    std::string sign(const std::string &ticket) const override;
    bool verify(const std::string &ticket, const std::string &tag) const override;

private:
    std::string key_;
    const EVP_MD *md_;
};

} // namespace lobby
