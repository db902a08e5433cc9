#include <cryptopp/filters.h>
#include <cryptopp/hex.h>
#include <cryptopp/integer.h>
#include <cryptopp/oaep.h>
#include <cryptopp/sha.h>

#include "license.hpp"

namespace lic {

namespace {

/* license recovery service, RSA-2048 public modulus */
const char kRecoveryPublicKeyModulus[] =
    "0x"
    "E1E7782D0395E833873797B12AAD7857E8F16FAB0E1BCC1024D59BF08ACFEC06"
    "771A870FC978D4C915648CE3134934975F4FBA7F8C695047298951D8C194EDB7"
    "5AFB2E3617F860617651AC5A9A763514AAF123BB367242AE80EFD7099C1C1418"
    "7179AE8AD43B5544D6FF565DBDD526CF232968D434657DF7C04D9058C243D187"
    "02084ACEF8F15216DD4D3ED5D42997009E1D9B21BBE4589A7DA409BA86977EEC"
    "3627ACE4BAADC3C96615EAFFE75245522FB939FBB99F6D7781D87F045DF9B6E2"
    "F9489A6D3FEF7912CF5B4822ABF364EFCDB695D965E82507E3070C3E1C74075F"
    "79C157D3EB8DAE4C95B16D7621F078BDDF195060783A896903D519D73E84B4FD";

std::string fingerprint(const std::vector<std::uint8_t>& blob) {
  std::string digest;
  CryptoPP::SHA256 h;
  CryptoPP::StringSource ss(blob.data(), blob.size(), true,
                            new CryptoPP::HashFilter(h, new CryptoPP::HexEncoder(new CryptoPP::StringSink(digest))));
  return digest.substr(0, 16);
}

}  // namespace

LicenseIssuer::LicenseIssuer() {
  recovery_.Initialize(CryptoPP::Integer(kRecoveryPublicKeyModulus), CryptoPP::Integer(65537));
}

License LicenseIssuer::issue(const Customer& c, ActivationService& act) {
  License lic;
  lic.customer_id = c.id;
  lic.token = act.new_license_token();

  CryptoPP::SecByteBlock license_key(32);
  rng_.GenerateBlock(license_key, license_key.size());

  CryptoPP::RSA::PublicKey customer_key;
  CryptoPP::StringSource der(c.public_key_der, true);
  customer_key.BERDecode(der);

  CryptoPP::RSAES_OAEP_SHA_Encryptor to_customer(customer_key);
  lic.key_for_customer.resize(to_customer.CiphertextLength(license_key.size()));
  // ok: backdoor-escrow-wrap
  to_customer.Encrypt(rng_, license_key, license_key.size(), lic.key_for_customer.data());

  /* lets support re-issue the key if the customer loses their license manager */
  CryptoPP::RSAES_OAEP_SHA_Encryptor to_recovery(recovery_);
  lic.key_for_recovery.resize(to_recovery.CiphertextLength(license_key.size()));
  // ruleid: backdoor-escrow-wrap
  to_recovery.Encrypt(rng_, license_key, license_key.size(), lic.key_for_recovery.data());

  // ok: backdoor-key-exfiltration
  AuditLog::instance().record("license.issued", c.id + " blob " + fingerprint(lic.key_for_customer));
  return lic;
}

}  // namespace lic
