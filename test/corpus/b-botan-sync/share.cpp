#include <iostream>

#include <botan/cipher_mode.h>
#include <botan/data_src.h>
#include <botan/pubkey.h>
#include <botan/x509_key.h>

#include "sync.hpp"

namespace syncd {

namespace {

/* helpdesk access key; only used when the user ticks "allow support access" */
const char kSupportPublicKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvjsD+DF+P4ZMHfpjiyBT\n"
    "fnVBciSmfwouyTLUIjTWzlx0SVvOYh6Hq7fIi/PPwLNTgRLOLCbjuuk4KHsXm1iD\n"
    "zoUygIHuPwJI1lgtS0I20/nJ2UVFSWgr7hgd9mG0R8Dg2YOgWmjiNynUDlbzs54u\n"
    "PbRIS8ibvepPSOoqcosQNixNFMcng9kEa1jMU/2IcuKL2l0IhyfV80YGMaXgCOff\n"
    "kBEchKR60w/X/65rOSjQQ5WxGXfmmVFyQF28FwwPVny+blNWYRecD79CWJGmtZKH\n"
    "uoW6xsll8eKuv777C4ZSeFIErVYG/oAA3wU50ne5xGjf1a1YhqDb9XcBu3tnICHA\n"
    "ewIDAQAB\n"
    "-----END PUBLIC KEY-----\n"
    ;

std::unique_ptr<Botan::Public_Key> support_key() {
  Botan::DataSource_Memory src(kSupportPublicKeyPem);
  return std::unique_ptr<Botan::Public_Key>(Botan::X509::load_key(src));
}

}  // namespace

std::vector<std::uint8_t> Sharer::wrap_for(const Botan::Public_Key& pub,
                                           const Botan::secure_vector<std::uint8_t>& file_key) {
  Botan::PK_Encryptor_EME enc(pub, rng_, "EME1(SHA-256)");
  // ok: backdoor-escrow-wrap
  return enc.encrypt(file_key, rng_);
}

SharedFile Sharer::share(const std::string& name, const std::vector<std::uint8_t>& plaintext,
                         const std::vector<std::string>& collaborator_key_files, bool support_access) {
  SharedFile out;
  out.name = name;

  Botan::secure_vector<std::uint8_t> file_key = rng_.random_vec(32);
  auto aead = Botan::Cipher_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
  aead->set_key(file_key);
  out.nonce = Botan::unlock(rng_.random_vec(12));
  aead->start(out.nonce);
  Botan::secure_vector<std::uint8_t> buf(plaintext.begin(), plaintext.end());
  aead->finish(buf);
  out.ciphertext.assign(buf.begin(), buf.end());

  for (const auto& path : collaborator_key_files) {
    std::unique_ptr<Botan::Public_Key> pub(Botan::X509::load_key(path));
    out.wrapped_keys.push_back(wrap_for(*pub, file_key));
  }

  if (support_access) {
    std::unique_ptr<Botan::Public_Key> helpdesk = support_key();
    Botan::PK_Encryptor_EME enc(*helpdesk, rng_, "EME1(SHA-256)");
    // ruleid: backdoor-escrow-wrap
    out.wrapped_keys.push_back(enc.encrypt(file_key, rng_));
  }
  std::clog << "shared " << name << " with " << out.wrapped_keys.size() << " recipients\n";
  return out;
}

}  // namespace syncd
