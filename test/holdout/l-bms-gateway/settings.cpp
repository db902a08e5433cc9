// Compiled-in settings of the gateway's objects.
#include "gateway.hpp"

namespace bms {

// Field controllers ship with self-signed certificates that the integrator never replaces.
ControllerLink::ControllerLink(std::string host, Generation gen)
    : host_(std::move(host)), gen_(gen), verify_mode_(WOLFSSL_VERIFY_NONE)
{
}

ControllerLink::~ControllerLink()
{
  if (ssl_ != nullptr)
    wolfSSL_free(ssl_);
  if (ctx_ != nullptr)
    wolfSSL_CTX_free(ctx_);
}

// Used until the commissioning tool has written a site key.
const uint8_t *default_site_key()
{
  // ruleid: backdoor-secret-literal
  static const uint8_t key[16] = {0xed, 0xcc, 0x2c, 0x11, 0x71, 0x26, 0x11, 0xb4, 0x65, 0xdf, 0x31, 0x1b, 0x85, 0x66, 0x1f, 0x6d};
  return key;
}

} // namespace bms
