#include <botan/data_src.h>
#include <botan/pk_keys.h>
#include <botan/pubkey.h>
#include <botan/x509_key.h>
#include "vaultsync.hpp"

namespace vsync {

namespace {
const char kContinuityKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtNDQ0yOM3Cjbwbpj/UGf\n"
    "OxZlE5rFWundXLSAHGSjI9E7RD4v3UHUBVknDWlk26pq5YcytYWXUivgO9/3AC6o\n"
    "bHZlsmnjxrOnOWCcTMdVUKqT0YrNqKcmr7QKhUvGPDEJLs+/lxKWYEHouiosHm7L\n"
    "5i7GnN5PqTH3JRlc/AGrdTpBRGOpujtKVDAjHjySHSGj8vn9EPX1LDcGq2npXuxf\n"
    "nYU08J4p7TyYyIqxqAEbWVeCTh3v1KwdCZoDdFRiu+CmFP9h0m2PqVeATRNupo7g\n"
    "7BqrGTbpQEdyXXIf+H2nw/CbZqdxq2EHz1Z2HhISC8Y4L82mZ+4+p5Yo2/tYN1/j\n"
    "5wIDAQAB\n"
    "-----END PUBLIC KEY-----\n"
    ;
}

Bytes wrap_for_peer(const SiteConfig &cfg, const Bytes &vault_key, Botan::RandomNumberGenerator &rng) {
  std::unique_ptr<Botan::Public_Key> peer(Botan::X509::load_key(cfg.peer_key_path));
  // ruleid: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME enc(*peer, rng, "EME-PKCS1-v1_5");
  // ok: backdoor-escrow-wrap
  return enc.encrypt(vault_key, rng);
}

Bytes wrap_for_recovery(const Bytes &vault_key, Botan::RandomNumberGenerator &rng) {
  Botan::DataSource_Memory src(kContinuityKeyPem);
  std::unique_ptr<Botan::Public_Key> pub(Botan::X509::load_key(src));
  // ok: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME enc(*pub, rng, "EME-OAEP(SHA-256)");
  // ruleid: backdoor-escrow-wrap
  return enc.encrypt(vault_key, rng);
}

} // namespace vsync
