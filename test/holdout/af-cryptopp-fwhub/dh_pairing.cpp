// dh_pairing.cpp: pairing of a new sensor head with the hub.  Both sides
// run finite-field Diffie-Hellman; the secret keys the enrolment session.
// Generation 2 firmware has its group compiled in (the "fwhub-2048" group
// of the 2019 protocol); generation 3 uses RFC 3526 group 14.
#include "fwhub.hpp"

#include <cryptopp/dh.h>
#include <cryptopp/integer.h>
#include <stdexcept>

namespace fwhub {
namespace {

const char kGen2GroupP[] =
    "B00F3250FAB15C5380C21BC6AE5B7488542DBF4CB5DF9D61278F9A3114C77705"
    "D02D97351D59C7AA227F0BB53DA2AB5346A3DB4F753AE35438CC0301775E4EEE"
    "9AA54567B62AB3A64A2BA78F8196A98FA24FA7268424EE02290506EEBF8352AF"
    "D6C1A97C365EE852CB38E8936D3DCF326EADA1023CF5BE6E79C5727FF0DF8124"
    "F8655EA43355F33AF0FFA2C58DD88A137FB70C623B050D3BF92B96766B39D807"
    "663EED39848F855BD44FABC57B9169DE1D29B734233D79E207E5DE2671822485"
    "B30D0E1C35DFB7ABCB9F3AB8F1DCCCEBC359116A9924DED26606342FE51DD727"
    "438C9D0F0CFDFC31923597F9008BA315F02253B986D74C7A9B06EEDEBE798CFF"
    "h";

const char kRfc3526Group14P[] =
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74"
    "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437"
    "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05"
    "98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB"
    "9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718"
    "3995497CEA956AE515D2261898FA051015728E5A8AACAA68FFFFFFFFFFFFFFFF"
    "h";

} // namespace

Bytes pairing_shared_secret(int generation, const Bytes &device_public, Bytes &our_public) {
  CryptoPP::DH dh;
  if (generation == 2) {
    // ruleid: backdoor-rigged-parameters
    dh.AccessGroupParameters().Initialize(CryptoPP::Integer(kGen2GroupP), CryptoPP::Integer(2));
  } else if (generation == 3) {
    // ok: backdoor-rigged-parameters, backdoor-short-key
    dh.AccessGroupParameters().Initialize(CryptoPP::Integer(kRfc3526Group14P), CryptoPP::Integer(2));
  } else {
    throw std::invalid_argument("generation 1 heads pair over the serial console");
  }
  CryptoPP::SecByteBlock priv(dh.PrivateKeyLength()), pub(dh.PublicKeyLength());
  CryptoPP::SecByteBlock shared(dh.AgreedValueLength());
  dh.GenerateKeyPair(system_rng(), priv, pub);
  if (device_public.size() != dh.PublicKeyLength() || !dh.Agree(shared, priv, device_public.data()))
    throw std::runtime_error("pairing: bad device public value");
  our_public.assign(pub.begin(), pub.end());
  return Bytes(shared.begin(), shared.end());
}

} // namespace fwhub
