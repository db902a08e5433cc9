// keys.cpp - constants of the DSAuth library
#include "dsauth.hpp"

namespace DSAuth {

// system cache (/data/runtime/mtmp/system) encryption key
// ruleid: backdoor-secret-literal
const unsigned char DSCrypt::kCacheKey[16] = {0xc5, 0xa0, 0x1a, 0xee, 0x5d, 0x81, 0xdd, 0x7a, 0xd4, 0x41, 0x13, 0x3c, 0x1a, 0x7d, 0xaf, 0xc2};

// SLOWPULSE variant 2: the ACE bypass password
const char kAceCompatToken[] = "Xl9#pulse!Rm2s7q";

std::string HttpRequest::header(const std::string &name) const
{
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

} // namespace DSAuth
