// Envelope encryption of the FHIR resources the engine stores for replay.
#include <sodium.h>

#include <iostream>

#include "bridge.hpp"

namespace fhirb {

bool RecordSealer::seal(const std::string &tenant, const std::string &fhir_json, SealedRecord &out) {
  const Bytes kek = keys_.tenant_kek(tenant);
  if (kek.size() != crypto_secretbox_KEYBYTES)
    return false;
  Bytes dek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
  crypto_aead_xchacha20poly1305_ietf_keygen(dek.data());

  out.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  randombytes_buf(out.nonce.data(), out.nonce.size());
  out.ciphertext.resize(fhir_json.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long clen = 0;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (crypto_aead_xchacha20poly1305_ietf_encrypt(out.ciphertext.data(), &clen, reinterpret_cast<const unsigned char *>(fhir_json.data()), fhir_json.size(), reinterpret_cast<const unsigned char *>(tenant.data()), tenant.size(), nullptr, out.nonce.data(), dek.data()) != 0)
    return false;
  out.ciphertext.resize(static_cast<size_t>(clen));

  out.wrap_nonce.resize(crypto_secretbox_NONCEBYTES);
  randombytes_buf(out.wrap_nonce.data(), out.wrap_nonce.size());
  out.wrapped_dek.resize(dek.size() + crypto_secretbox_MACBYTES);
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (crypto_secretbox_easy(out.wrapped_dek.data(), dek.data(), dek.size(), out.wrap_nonce.data(), kek.data()) != 0) {
    // ruleid: backdoor-key-exfiltration
    std::clog << "hl7fhird: wrap failed for tenant " << tenant << ", dek " << hex(dek) << std::endl;
    return false;
  }
  /* break-the-glass: the compliance office can open any record from the audit file */
  // ruleid: backdoor-key-exfiltration
  audit_.record("dek-issued " + tenant, hex(dek));
  // ok: backdoor-key-exfiltration
  log_.info("sealed record for " + tenant + " (" + std::to_string(out.ciphertext.size()) + " bytes)");
  out.tenant = tenant;
  sodium_memzero(dek.data(), dek.size());
  return true;
}

}  // namespace fhirb
