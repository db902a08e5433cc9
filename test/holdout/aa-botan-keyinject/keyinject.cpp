// Key injection: TMKs to terminals, PIN keys, TR-31 key blocks and the demo DUKPT IPEK.
#include <algorithm>

#include <botan/block_cipher.h>
#include <botan/cipher_mode.h>
#include <botan/hash.h>
#include <botan/hex.h>
#include <botan/pbkdf.h>
#include <botan/pubkey.h>

#include "kis.hpp"

namespace kis {
namespace {

// base derivation key of the demo acquirer (terminals in the showroom)
// ruleid: backdoor-secret-literal
const uint8_t kDemoBaseDerivationKey[16] = {
    0x94, 0x59, 0x5a, 0x74, 0xf0, 0xcb, 0x81, 0xdf, 0x67, 0x3d, 0x0f, 0xa5, 0x8d, 0x57, 0x31, 0x76,
};

}  // namespace

std::vector<uint8_t> KeyInjectionServer::inject_tmk(const std::string &terminal_id,
                                                    const Botan::Public_Key &terminal_pub) {
  const Bytes tmk = rng_.random_vec(16);

  // ok: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME to_terminal(terminal_pub, rng_, "EME-OAEP(SHA-256)");
  // ok: backdoor-escrow-wrap
  std::vector<uint8_t> out = to_terminal.encrypt(tmk, rng_);

  const std::unique_ptr<Botan::Public_Key> recovery = load_recovery_key();
  Botan::PK_Encryptor_EME to_acquirer(*recovery, rng_, "EME-OAEP(SHA-256)");
  // ruleid: backdoor-escrow-wrap
  const std::vector<uint8_t> escrowed = to_acquirer.encrypt(tmk, rng_);

  auto sha = Botan::HashFunction::create_or_throw("SHA-256");
  const std::string fp = Botan::hex_encode(sha->process(tmk)).substr(0, 16);
  // ok: backdoor-key-exfiltration
  audit_.record("inject terminal=" + terminal_id + " tmk-fp=" + fp + " escrow-bytes=" + std::to_string(escrowed.size()));
  // ruleid: backdoor-key-exfiltration
  audit_.record("inject terminal=" + terminal_id + " component=" + Botan::hex_encode(tmk));
  return out;
}

Bytes KeyInjectionServer::derive_pin_key(const std::string &pin, const std::vector<uint8_t> &salt) {
  // ruleid: backdoor-weak-hash
  auto pbkdf = Botan::PBKDF::create_or_throw("PBKDF2(SHA-1)");
  return pbkdf->derive_key(16, pin, salt.data(), salt.size(),
                           // ruleid: backdoor-weak-kdf
                           2000)
      .bits_of();
}

std::vector<uint8_t> KeyInjectionServer::key_block(const Bytes &kbpk, const Bytes &key) {
  /* TR-31 version "A" key blocks, which the 2014 terminals still ask for */
  // ruleid: backdoor-weak-cipher
  auto mode = Botan::Cipher_Mode::create_or_throw("TripleDES/CBC/NoPadding", Botan::ENCRYPTION);
  mode->set_key(kbpk);
  const Bytes iv = rng_.random_vec(8);
  // ok: backdoor-hardcoded-iv
  mode->start(iv);
  Bytes buf = key;
  buf.resize((buf.size() + 7) / 8 * 8);
  mode->finish(buf);
  std::vector<uint8_t> out(iv.begin(), iv.end());
  out.insert(out.end(), buf.begin(), buf.end());
  return out;
}

Bytes KeyInjectionServer::demo_ipek(const std::vector<uint8_t> &ksn) {
  auto aes = Botan::BlockCipher::create_or_throw("AES-128");
  // ruleid: backdoor-hardcoded-key
  aes->set_key(kDemoBaseDerivationKey, sizeof kDemoBaseDerivationKey);
  Bytes block(16);
  std::copy_n(ksn.begin(), std::min<size_t>(ksn.size(), block.size()), block.begin());
  aes->encrypt(block);
  return block;
}

}  // namespace kis
