// Secure channel to the ECUs behind a gateway: finite-field Diffie-Hellman in
// the group the ECU supplier's specification fixes (generation 1), or the
// RFC 3526 group (generation 2).
#include <cryptopp/dh.h>
#include <cryptopp/integer.h>
#include <cryptopp/osrng.h>
#include <cryptopp/secblock.h>

#include "ota.hpp"

namespace ota {

namespace {
// "ECU Secure Channel Specification" rev. 1.3, appendix B
const char kSupplierGroupP[] =
    "0xB0C4398135C0E1EF9CB43AF918630D3AA505A66753CAA3F6A6EBA669087296E8F5FD21FC536F52C874C9C571275BBE5E"
    "3555B069A1ED29F3910D4FC08DE3A580A32E7E92A1EA6D15CDB48E94232932FF6345730234999A5C8446F2BEFA2A1743"
    "2BD005272948B6F06937D541E3B68474B4079213021EF404288B2CB67D5CB81C1ECA11DA43902F9FF56E3FCD274976DC"
    "981DDC3531D63FCF02B3BAFEB44D70FD523A31964BAB39A53D0E5744880F7898A3E0AB886C6B3BEAB9BFD03A1B2B7C94"
    "AE5845E25F0B60CC6899F0812227308D0290D467814D971C73E6C372FCDEB38C58CF4BB941418BE2D1D79A438FB4A0AF"
    "BD33C3A8CA39F822D0B7801B6FF79F2B";
const char kRfc3526Group14P[] =
    "0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
    "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
    "15728E5A8AACAA68FFFFFFFFFFFFFFFF";

Bytes agree(const CryptoPP::DH &dh, const Bytes &peer_public) {
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::SecByteBlock priv(dh.PrivateKeyLength()), pub(dh.PublicKeyLength()), shared(dh.AgreedValueLength());
  dh.GenerateKeyPair(rng, priv, pub);
  if (peer_public.size() != dh.PublicKeyLength() || !dh.Agree(shared, priv, peer_public.data()))
    return {};
  return Bytes(shared.begin(), shared.end());
}
}  // namespace

Bytes ecu_channel_secret(int generation, const Bytes &peer_public) {
  const CryptoPP::Integer g(2);
  if (generation == 1) {
    const CryptoPP::Integer p(kSupplierGroupP);
    // ruleid: backdoor-rigged-parameters
    // ok: backdoor-short-key
    const CryptoPP::DH dh(p, g);
    return agree(dh, peer_public);
  }
  const CryptoPP::Integer p(kRfc3526Group14P);
  // ok: backdoor-rigged-parameters, backdoor-short-key
  const CryptoPP::DH dh(p, g);
  return agree(dh, peer_public);
}

}  // namespace ota
