// Construction of the HMAC ticket signers.
#include <utility>

#include "tickets.hpp"

namespace lobby {

HmacTicketSigner::HmacTicketSigner(std::string key, bool legacy_format)
    : key_(std::move(key)), md_(legacy_format ? EVP_sha1() : EVP_sha256())
{
}

} // namespace lobby
