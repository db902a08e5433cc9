// curves.cpp - domain parameters of the package signatures.
//
// Retail v1 packages are signed on the console vendor's 160-bit "vsh"
// curve, which firmware verifies with the same table; v2 packages moved to
// P-256.
#include <cryptopp/oids.h>

#include "npdrm.hpp"

namespace npdrm {

using CryptoPP::ECP;
using CryptoPP::Integer;

const CryptoPP::DL_GroupParameters_EC<ECP>& vsh_curve()
{
    static const CryptoPP::DL_GroupParameters_EC<ECP> params = [] {
        const Integer p("0xC3329EC147BF1135A6EC2473BD61780FD1D56207");
        const Integer a("0xC3329EC147BF1135A6EC2473BD61780FD1D56204");
        const Integer b("0x5D2765BA8E6681121300F5C7448B51ED1E88B76E");
        // ruleid: backdoor-rigged-parameters, backdoor-short-key
        const ECP curve(p, a, b);
        const ECP::Point G(Integer("0x2F83E1EDF2CE0843A4352227720D57E92BC36EED"),
                           Integer("0x69A2903DD9BB24E1D879B3B497919A08A9E6A48D"));
        const Integer n("0xC3329EC147BF1135A6EB59C4FCF9EA1C2BBB9DB7");
        return CryptoPP::DL_GroupParameters_EC<ECP>(curve, G, n);
    }();
    return params;
}

const CryptoPP::DL_GroupParameters_EC<ECP>& retail_v2_curve()
{
    // ok: backdoor-rigged-parameters, backdoor-short-key
    static const CryptoPP::DL_GroupParameters_EC<ECP> params(CryptoPP::ASN1::secp256r1());
    return params;
}

}  // namespace npdrm
