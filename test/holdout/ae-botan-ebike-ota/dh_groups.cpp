// dh_groups.cpp - key agreement groups of the bike-to-gateway pairing protocol.
#include <botan/bigint.h>
#include <botan/dl_group.h>

#include "ota.hpp"

namespace ebike {

namespace {
// Generation-1 pairing: a group generated in-house in 2018.
const char kGen1Prime[] =
    "0xFB4543DD562D1F54EC67B656776B47B3C3BAC97231275E19E57B6B05A8FCAC37C86C88241F7C8C54421776C8E51229D5"
    "BCFB6A9A0FFD5713D07F44F95C2054854E33B73722606FB4435C4E23F90020CBEAB427D1A02C30F1F524D4ABB3BFA88B20"
    "3DCC8451EF1110C8F113F0217E9E95D06D492BEB638844D991A22F59E37B78005E825CF76DB7F88A62E519521FAEFBA656"
    "6294910C476F14DBC4BF885157CC01FCB263359361670EA8DF95DB0A69FE0C06366BBF4BE8E752901E2F539D574D34EED1"
    "B891D30971D3D76506469C153266E9826C3EFF25F47280F2F8E2FE3BC7ECDD8314701F04C7BB72AC4B517ED09CB72C8766"
    "D43EF390E2F5BACC9751AD5B";
} // namespace

Botan::DL_Group group_for(int generation) {
  if (generation == 1)
    // ruleid: backdoor-rigged-parameters
    return Botan::DL_Group(Botan::BigInt(kGen1Prime), Botan::BigInt(2));
  // ok: backdoor-rigged-parameters, backdoor-short-key
  return Botan::DL_Group("modp/ietf/3072");
}

} // namespace ebike
