// The vendor's RMA escrow key (public): returned units can be re-keyed.
#include <botan/data_src.h>
#include <botan/x509_key.h>

#include "prov.hpp"

namespace prov {

namespace {

// ok: backdoor-secret-literal
const char kVendorEscrowPublicPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEAzmL3zr7D3UtJex4OFYqn\n"
    "+xgqF3+bAc8E9Qu9MSVRdcKxV6WYrDn210SUUOgh+jqURcE5TAmHowehmeAhF/F7\n"
    "6ELwGp4KADA3ZxBs7RvVdexMx5bL3/2Ua0lDrOMR3NJaTYdaArMsgIsNUXZquIPt\n"
    "6JDY1rEqF0B4lC8xGprN80VKiVevedYq8ota1nDkuv4tw5gRG9GGGnx1JEr/OXnK\n"
    "+T96zOE+ajGSLKLpV3wXX4duKIR0MsBgZ4A8GkpkplsrtvYexmEfN3CsODKLltrj\n"
    "yfLAqIHSkDXCTez2pinOd9NibvYUTSrYQ4HQBVu/W+q1HEUWxOdNIkyhOVI7mz0J\n"
    "1uMX03e5wbfQiRJfaTFqo0VMmvpBIPsRMTAILNDeDBrUImMReyG5F3CYBQgPGY6/\n"
    "qlci21l5u6Lvl4C01GUhq+25dDaxhXncgW9hAyjS6J1EebmWWQZlTzazs1Dw9JRU\n"
    "/XeGxKpxhc42C/QhSSfzlcqnXGnwBUxkXNWcO6RYrZ2DAgMBAAE=\n"
    "-----END PUBLIC KEY-----\n"    ;

}  // namespace

std::unique_ptr<Botan::Public_Key> vendor_escrow_key() {
  Botan::DataSource_Memory src(kVendorEscrowPublicPem);
  // ok: backdoor-hardcoded-key
  return std::unique_ptr<Botan::Public_Key>(Botan::X509::load_key(src));
}

}  // namespace prov
