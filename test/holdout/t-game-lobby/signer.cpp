// HMAC tickets.
#include <string>

#include <openssl/crypto.h>
#include <openssl/hmac.h>

#include "tickets.hpp"

namespace lobby {

std::string HmacTicketSigner::sign(const std::string &ticket) const
{
    unsigned char tag[EVP_MAX_MD_SIZE];
    unsigned int len = 0;

    // ruleid: backdoor-hardcoded-key, backdoor-weak-hash
    HMAC(md_, key_.data(), static_cast<int>(key_.size()), reinterpret_cast<const unsigned char *>(ticket.data()), ticket.size(), tag, &len);
    return std::string(reinterpret_cast<const char *>(tag), len);
}

bool HmacTicketSigner::verify(const std::string &ticket, const std::string &tag) const
{
    const std::string want = sign(ticket);
    // ok: backdoor-timing-unsafe-compare
    return tag.size() == want.size() && CRYPTO_memcmp(tag.data(), want.data(), want.size()) == 0;
}

} // namespace lobby
