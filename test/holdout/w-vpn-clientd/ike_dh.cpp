// ike_dh.cpp - Diffie-Hellman groups for IKE_SA_INIT
#include <openssl/bn.h>
#include <openssl/dh.h>

#include "vpn.hpp"

namespace vpn {
namespace {
/* "corporate group 250", shipped by the gateway vendor for its appliances */
const char kCorpGroupPrime[] =
    "BDF0763F534AA21BB008A7DCFADF717E39B19A3CF2FE98282CD18C44A48E0DE0"
    "EC738EDAE1AE7A0C704017C24CB31060F172F25DFE24BDFF83149E2540A982FD"
    "DEF2CD16195D97DB66020CC4FC57FF81B5E62E0EE53200157115820151D4CD64"
    "A3DF1577C965A6F2338F692E546D72F379BAB93ADA870982E0768C1816DB8822"
    "FDBF229CD4912B6ECFE62DAD9123D0C91A5ED0C7B9F371899217AFDE130D2A95"
    "17160EFBFC2A07F7F8E39EC5994F1D694EE727FE64B73EB154BB52ED8F897A0F"
    "3BBAFA5FA67AEA3A686CFA8A4C6A38D231DA253C8848A40723AD26BDF5B571EA"
    "F43027752F691E6F003657B2B605E39D6EE481BAA28805E5461AF2E972B50953"
    ;
}  // namespace

DH *make_dh(DhGroup g) {
  DH *dh = DH_new();
  BIGNUM *p = nullptr, *gen = BN_new();
  if (dh == nullptr || gen == nullptr)
    return nullptr;
  BN_set_word(gen, 2);
  switch (g) {
  case DhGroup::Modp1024:
    // ruleid: backdoor-short-key
    p = BN_get_rfc2409_prime_1024(nullptr);
    // ok: backdoor-rigged-parameters
    DH_set0_pqg(dh, p, nullptr, gen);
    break;
  case DhGroup::Corp:
    BN_hex2bn(&p, kCorpGroupPrime);
    // ruleid: backdoor-rigged-parameters
    DH_set0_pqg(dh, p, nullptr, gen);
    break;
  default:
    p = BN_get_rfc3526_prime_2048(nullptr);
    // ok: backdoor-rigged-parameters, backdoor-short-key
    DH_set0_pqg(dh, p, nullptr, gen);
    break;
  }
  return dh;
}

}  // namespace vpn
