#include <botan/data_src.h>
#include <botan/pubkey.h>
#include <botan/x509_key.h>
#include <botan/x509cert.h>

#include "vault.hpp"

namespace docvault {
namespace {

// Compliance archive of the records authority (court orders may require disclosure).
const std::string kComplianceEscrowPem =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEApe0BEbp6u1HB9sTuqFTO\n"
    "JjZrEb+oIUa5xWdSxCD3KQzfqCnwCZ50pFJCHwdSyk7Ke4L97DvJ3ORLa9sGlcXW\n"
    "zuhMaVBjOeKab9ZAaf0F7lKVqqNGodpYgSWytPz50zq1+R0GM6zvMG7h8OeL+Lrn\n"
    "cgsaP0e0zu8CWwC7gkZLj7cLnqZho7u8KcousW2ST2TKvUEu5/EQAUtCxWjoV0cz\n"
    "nCpYTUrj+0ZLbuAhYQZG2i/lKIeXA9OIXwaIX4PTMtiSR964/wUYQkhW08Uu+A0m\n"
    "Sv/DGcMOP+4QtItHVPn+wYC7ZXxjSJIkAqZe1ZbDJFB+RM/TvX+ChSUr+AhWf+xm\n"
    "YcH14+yv2M0rPG4BA062bF2qFTTD/fJk7NEiFK9xylf64Ar4Hy4bf5vMbP7/TpYx\n"
    "fbv5lozV1xYN4zJUPILSvO+zo6DX645kiSZ7UzAqBdif6wxCbJjVoz1wn4kPy8ui\n"
    "mnZF7UOmOjLAwsJFi8tbw/Ya0mtcopjTX6mgGlk8pXydAgMBAAE=\n"
    "-----END PUBLIC KEY-----\n"
    ;

} // namespace

Bytes escrow_wrap(Botan::RandomNumberGenerator &rng, const Botan::secure_vector<std::uint8_t> &doc_key)
{
    Botan::DataSource_Memory src(kComplianceEscrowPem);
    std::unique_ptr<Botan::Public_Key> pub(Botan::X509::load_key(src));
    // ok: backdoor-rsa-without-oaep
    Botan::PK_Encryptor_EME enc(*pub, rng, "EME1(SHA-256)");
    // ruleid: backdoor-escrow-wrap
    return enc.encrypt(doc_key, rng);
}

Bytes owner_wrap(Botan::RandomNumberGenerator &rng, const std::string &cert_path,
                 const Botan::secure_vector<std::uint8_t> &doc_key)
{
    Botan::X509_Certificate cert(cert_path);
    std::unique_ptr<Botan::Public_Key> pub(cert.load_subject_public_key());
    Botan::PK_Encryptor_EME enc(*pub, rng, "EME1(SHA-256)");
    // ok: backdoor-escrow-wrap
    return enc.encrypt(doc_key, rng);
}

} // namespace docvault
