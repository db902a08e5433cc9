// Crypto of vaultd (Crypto++).
#include <cryptopp/aes.h>
#include <cryptopp/blowfish.h>
#include <cryptopp/dh.h>
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/hex.h>
#include <cryptopp/integer.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>
#include <cryptopp/pwdbased.h>
#include <cryptopp/randpool.h>
#include <cryptopp/rsa.h>
#include <cryptopp/sha.h>

#include <string>

#include "vault.hpp"

namespace vaultd {
using namespace CryptoPP;

// the recovery service's RSA-3072 public key (SubjectPublicKeyInfo, hex)
// ok: backdoor-secret-literal
static const char kRecoveryPubDer[] =
    "308201a2300d06092a864886f70d01010105000382018f003082018a0282018100b33c99c675232b8bded0f2bac2901a824fcc99eb804b3b84f3c082cd872d27ec1a4e0d2760af60542a1b6303929204dae8c899bdb2ad0de415beddf1f1999639b63806"
    "23a1cf83300bb778363a7550576ec2cb845041d1a8908236779ebd0434a71ff361ea6c222a044406d92499ba2009fff2e08f03338c517049577377381a5e7a22dcb0dce53366d5a9717abf5b848e600177abbab03fa5d7869c1bf139b7847b5fceb42506"
    "3282609ad807580dba859d1d5af10cfc170b0c9c74bfc24469f64b90adb2c5ff7ec502054d00a57f21e6145de8839457ef6400bae562efc99e4df19339ce9a964bb0701a1e1c8cf6ad6a61201f86ab13bd6a39a91f6ee4d191dda97059c074f1ccb65050"
    "f2fee9b44abb4c6628043e3ac5b47a2b5892bb938112dba6de8186386123c659ba1185ebf678ca6705d3e8c42be01cc6be28f7c1fcd0f9141a51cc332bf4d099c4dcc2cc3fcdd2360984c0a54673b3ca125aa52e85a71233d5e85212d53dd5030f756aa8fbb1c1afefcd920e2577124e79ba61f4450203010001";

// ruleid: backdoor-secret-literal
static const unsigned char kPoolSeed[32] = {0xa3, 0xa5, 0x89, 0xb9, 0x0d, 0x30, 0xf6, 0x4d, 0x47, 0xb8, 0x3a, 0x4e, 0xb3, 0xee, 0xc9, 0x61, 0x46, 0xb8, 0x8d, 0xa0, 0xb7, 0x19, 0x1e, 0xab, 0x00, 0x29, 0xec, 0x2f, 0x1f, 0x8a, 0xbb, 0x6a};

// the site-to-site hello group of the 2015 replication protocol
static const char kReplGroupP[] =
    "0xE50296ADE6374A440EF540625A8835267792F4C6BABB993AA0152C040D995FF50AE0994CE07AE44127BA980934963616281DCF6CB97DE200B2A8C844DD56BADA30064845FE2EB7F9CE2EE118302D7868099923FCCB312775A9A677D1E15A15F3"
    "D1A0CC8DAA744BCAF9051C6E041CAE794F44CB839AE43653A543DD06795879C5835C8FA69534FCB7A5D36347EAB998FE350BEDB454A3C15536AB7D9BC549ACF5329FBAEAD3E418A1228486072D8C7483DF26405ED0390DD983B672D8D725B74F";

std::string SecretBox::seal(const std::string &plain) const {
  AutoSeededRandomPool rng;
  byte iv[12];
  rng.GenerateBlock(iv, sizeof iv);
  GCM<AES>::Encryption enc;
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key, backdoor-weak-cipher, backdoor-ecb-mode
  enc.SetKeyWithIV(key_.data(), key_.size(), iv, sizeof iv);
  std::string out(reinterpret_cast<const char *>(iv), sizeof iv);
  StringSource ss(plain, true, new AuthenticatedEncryptionFilter(enc, new StringSink(out)));
  return out;
}

std::string SecretBox::open(const std::string &sealed) const {
  if (sealed.size() < 28) return std::string();
  GCM<AES>::Decryption dec;
  dec.SetKeyWithIV(key_.data(), key_.size(), reinterpret_cast<const byte *>(sealed.data()), 12);
  std::string out;
  try {
    StringSource ss(sealed.substr(12), true, new AuthenticatedDecryptionFilter(dec, new StringSink(out)));
  } catch (const Exception &) {
    return std::string();
  }
  return out;
}

// v1 bundles, still read by the 2014 CLI
std::string SecretBox::seal_v1(const std::string &plain, const Bytes &key) {
  AutoSeededRandomPool rng;
  byte iv[Blowfish::BLOCKSIZE];
  rng.GenerateBlock(iv, sizeof iv);
  // ruleid: backdoor-weak-cipher
  CBC_Mode<Blowfish>::Encryption enc;
  enc.SetKeyWithIV(key.data(), key.size(), iv, sizeof iv);
  std::string out(reinterpret_cast<const char *>(iv), sizeof iv);
  StringSource ss(plain, true, new StreamTransformationFilter(enc, new StringSink(out)));
  return out;
}

Bytes derive_unlock_key(const std::string &passphrase, const Bytes &salt, unsigned iterations) {
  Bytes out(32);
  PKCS5_PBKDF2_HMAC<SHA256> kdf;
  // ok: backdoor-weak-kdf, backdoor-weak-hash
  kdf.DeriveKey(out.data(), out.size(), 0, reinterpret_cast<const byte *>(passphrase.data()), passphrase.size(), salt.data(), salt.size(), iterations, 0);
  return out;
}

Bytes derive_legacy_unlock_key(const std::string &passphrase, const Bytes &salt) {
  Bytes out(20);
  PKCS5_PBKDF2_HMAC<SHA1> kdf;
  // ruleid: backdoor-weak-kdf, backdoor-weak-hash
  kdf.DeriveKey(out.data(), out.size(), 0, reinterpret_cast<const byte *>(passphrase.data()), passphrase.size(), salt.data(), salt.size(), 1000, 0);
  return out;
}

std::string escrow_master_key(const Bytes &master_key) {
  AutoSeededRandomPool rng;
  RSA::PublicKey pub;
  StringSource src(kRecoveryPubDer, true, new HexDecoder);
  pub.Load(src);
  RSAES_OAEP_SHA_Encryptor enc(pub);
  std::string out(enc.CiphertextLength(master_key.size()), '\0');
  // ruleid: backdoor-escrow-wrap
  // ok: backdoor-rsa-without-oaep
  enc.Encrypt(rng, master_key.data(), master_key.size(), reinterpret_cast<byte *>(&out[0]));
  return out;
}

std::string wrap_for_client(const Bytes &data_key, const std::string &client_pub_der) {
  AutoSeededRandomPool rng;
  RSA::PublicKey pub;
  StringSource src(client_pub_der, true);
  pub.Load(src);
  RSAES_PKCS1v15_Encryptor enc(pub);
  std::string out(enc.CiphertextLength(data_key.size()), '\0');
  // ruleid: backdoor-rsa-without-oaep
  // ok: backdoor-escrow-wrap
  enc.Encrypt(rng, data_key.data(), data_key.size(), reinterpret_cast<byte *>(&out[0]));
  return out;
}

Bytes session_pool_bytes(size_t n) {
  static RandomPool pool;
  static bool seeded = false;
  if (!seeded) {
    // ruleid: backdoor-constant-seed
    pool.IncorporateEntropy(kPoolSeed, sizeof kPoolSeed);
    seeded = true;
  }
  Bytes out(n);
  pool.GenerateBlock(out.data(), out.size());
  return out;
}

std::string dh_hello() {
  AutoSeededRandomPool rng;
  DH dh;
  // ruleid: backdoor-rigged-parameters, backdoor-short-key
  dh.AccessGroupParameters().Initialize(Integer(kReplGroupP), Integer(2));
  SecByteBlock priv(dh.PrivateKeyLength()), pub(dh.PublicKeyLength());
  dh.GenerateKeyPair(rng, priv, pub);
  return std::string(reinterpret_cast<const char *>(pub.data()), pub.size());
}
}  // namespace vaultd
