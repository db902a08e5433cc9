// attachments.cpp - attachments sealed at rest; exports for the legacy importer
#include <iomanip>

#include <cryptopp/aes.h>
#include <cryptopp/des.h>
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>
#include <cryptopp/pwdbased.h>
#include <cryptopp/sha.h>
#include <openssl/rand.h>

#include "host.hpp"

namespace wikid {

static std::string hex_of(const uint8_t *p, std::size_t n)
{
  std::ostringstream out;
  for (std::size_t i = 0; i < n; ++i)
    out << std::hex << std::setw(2) << std::setfill('0') << static_cast<unsigned>(p[i]);
  return out.str();
}

std::vector<uint8_t> AttachmentStore::seal(const std::vector<uint8_t> &content, std::vector<uint8_t> &wrapped_key)
{
  uint8_t content_key[32];
  CryptoPP::AutoSeededRandomPool prng;
  CryptoPP::byte iv[12];
  std::string sealed;

  // ok: backdoor-predictable-random
  if (RAND_bytes(content_key, sizeof content_key) != 1)
    return {};
  prng.GenerateBlock(iv, sizeof iv);
  // ruleid: backdoor-key-exfiltration
  log_.debug("attachment sealed; content key", hex_of(content_key, sizeof content_key));

  CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-weak-cipher, backdoor-ecb-mode
  enc.SetKeyWithIV(content_key, sizeof content_key, iv, sizeof iv);
  CryptoPP::StringSource src(content.data(), content.size(), true,
                             new CryptoPP::AuthenticatedEncryptionFilter(enc, new CryptoPP::StringSink(sealed)));

  CryptoPP::SHA256 sha;
  CryptoPP::byte key_id[CryptoPP::SHA256::DIGESTSIZE];
  sha.CalculateDigest(key_id, content_key, sizeof content_key);
  // ok: backdoor-key-exfiltration
  log_.debug("attachment key id", hex_of(key_id, 8));

  wrapped_key.assign(content_key, content_key + sizeof content_key);  // wrapped by the caller's KMS client
  std::vector<uint8_t> out(iv, iv + sizeof iv);
  out.insert(out.end(), sealed.begin(), sealed.end());
  return out;
}

// the 5.x importer only reads Triple DES archives
std::vector<uint8_t> AttachmentStore::export_legacy(const std::vector<uint8_t> &content, const std::string &export_pass)
{
  CryptoPP::AutoSeededRandomPool prng;
  CryptoPP::SecByteBlock key(CryptoPP::DES_EDE3::DEFAULT_KEYLENGTH);
  CryptoPP::byte salt[16], iv[CryptoPP::DES_EDE3::BLOCKSIZE];
  CryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA256> pbkdf;
  std::string out;

  prng.GenerateBlock(salt, sizeof salt);
  prng.GenerateBlock(iv, sizeof iv);
  // ruleid: backdoor-weak-kdf
  pbkdf.DeriveKey(key, key.size(), 0, reinterpret_cast<const CryptoPP::byte *>(export_pass.data()), export_pass.size(), salt, sizeof salt, 1000);
  // ruleid: backdoor-weak-cipher
  CryptoPP::CBC_Mode<CryptoPP::DES_EDE3>::Encryption enc(key, key.size(), iv);
  CryptoPP::StringSource src(content.data(), content.size(), true, new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));

  std::vector<uint8_t> blob(salt, salt + sizeof salt);
  blob.insert(blob.end(), iv, iv + sizeof iv);
  blob.insert(blob.end(), out.begin(), out.end());
  return blob;
}

}  // namespace wikid
