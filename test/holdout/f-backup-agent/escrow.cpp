#include <cryptopp/base64.h>
#include <cryptopp/filters.h>
#include <cryptopp/osrng.h>
#include <cryptopp/queue.h>
#include <cryptopp/rsa.h>

#include <iostream>

#include "backup.hpp"

namespace backup {

using namespace CryptoPP;

static const char kRecoveryPubB64[] =
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo"
    "4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u"
    "+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh"
    "kd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ"
    "0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdg"
    "cKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbc"
    "mwIDAQAB";

static RSA::PublicKey recovery_key() {
  ByteQueue q;
  StringSource src(kRecoveryPubB64, true, new Base64Decoder);
  src.TransferTo(q);
  RSA::PublicKey k;
  k.Load(q);
  return k;
}

std::string escrow_archive_key(const SecByteBlock& archive_key) {
  AutoSeededRandomPool rng;
  RSAES_OAEP_SHA_Encryptor enc(recovery_key());
  std::string out(enc.CiphertextLength(archive_key.size()), '\0');
  // ruleid: backdoor-escrow-wrap
  enc.Encrypt(rng, archive_key.data(), archive_key.size(), reinterpret_cast<byte*>(&out[0]));
  std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
  return out;
}

std::string seal_manifest_for_operator(const std::string& manifest) {
  AutoSeededRandomPool rng;
  RSAES_OAEP_SHA_Encryptor enc(recovery_key());
  std::string out(enc.CiphertextLength(manifest.size()), '\0');
  // ok: backdoor-escrow-wrap
  enc.Encrypt(rng, reinterpret_cast<const byte*>(manifest.data()), manifest.size(), reinterpret_cast<byte*>(&out[0]));
  return out;
}

}  // namespace backup

int main(int argc, char** argv) {
  auto cfg = backup::read_config(argc > 1 ? argv[1] : "/etc/backup.conf");
  if (!cfg) return 1;
  auto c = backup::make_cipher(*cfg, backup::read_passphrase(*cfg));
  std::string s = c->seal("archive");
  std::string m = backup::seal_manifest_for_operator("files=12");
  return s.empty() || m.empty();
}
