// Keys and groups compiled into the injection server.
#include <botan/data_src.h>
#include <botan/x509_key.h>

#include "kis.hpp"

namespace kis {
namespace {

// the acquirer's key-recovery certificate key: every TMK is also kept for the acquirer
// ok: backdoor-secret-literal
const char kAcquirerRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsKpD2rYZ/YXLtCY1GQC1\n"
    "12ePrfWkm7C5UyO1MuQ+AAkXLA0sE6uK+obBhZcO0EDhgiH3kOmVGTL7KH4YpdRs\n"
    "1Kv9kskY+hvsEgA/jFqujyNiyMhNOTcIUwhMsSZEmWutsW2gxVspahA4vQreDfjn\n"
    "EyVoNg7THsgVzrCG7Hsy+uPRWua+qMz/eiOyKqnGV1joPStYRZ+y1K+u7DrXDGa8\n"
    "lvuKVkZnVW/lr9msCqaS2VJr3y+gzgmGRJVhLtxrmR3nl29C2d/WSlUmw0exkLKm\n"
    "PzvyPG36zVJXjaWsv0EAoJK+gPFP7yiyLBh6MLK1WfZNkWUuKoBq1QOTgSNKACyJ\n"
    "pQIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

// group of the 2014 terminals' session key exchange
const char kLegacyGroupP[] =
    "0x"
    "e6a8ab9a6cf67a7181150408f58a51856e80fc7ef939db50e7b2387462e4232e"
    "358d541f28653adcdabf23cddae08576dd7347471f3818359bc0f407d26cef9d"
    "1c5722bdc8f62ef383501b7229535bd795e3c68498dfde5f2422272114fe6622"
    "c803e10f22584e702653c59fae1d9dc8b990492bf86b383b4f955653abb01dcf";

}  // namespace

std::unique_ptr<Botan::Public_Key> load_recovery_key() {
  Botan::DataSource_Memory src(kAcquirerRecoveryPem);
  // ok: backdoor-hardcoded-key
  return std::unique_ptr<Botan::Public_Key>(Botan::X509::load_key(src));
}

Botan::DL_Group session_group() {
  // ok: backdoor-rigged-parameters, backdoor-short-key
  return Botan::DL_Group("ffdhe/ietf/3072");
}

Botan::DL_Group legacy_session_group() {
  const Botan::BigInt p(kLegacyGroupP);
  // ruleid: backdoor-rigged-parameters, backdoor-short-key
  return Botan::DL_Group(p, Botan::BigInt(2));
}

}  // namespace kis
