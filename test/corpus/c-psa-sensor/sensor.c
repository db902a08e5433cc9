#include <psa/crypto.h>
#include <stdint.h>

static const uint8_t telemetry_key[16] = {0x10, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88,
                                          0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x01};

psa_key_id_t import_telemetry_key(void) {
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  psa_key_id_t id = 0;
  psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_ENCRYPT);
  psa_set_key_algorithm(&attr, PSA_ALG_GCM);
  psa_set_key_type(&attr, PSA_KEY_TYPE_AES);
  // ruleid: backdoor-hardcoded-key
  psa_import_key(&attr, telemetry_key, sizeof telemetry_key, &id);
  return id;
}

psa_key_id_t make_session_key(void) {
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  psa_key_id_t id = 0;
  psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_ENCRYPT);
  psa_set_key_algorithm(&attr, PSA_ALG_GCM);
  psa_set_key_type(&attr, PSA_KEY_TYPE_AES);
  psa_set_key_bits(&attr, 256);
  // ok: backdoor-hardcoded-key
  psa_generate_key(&attr, &id);
  return id;
}

psa_key_id_t make_legacy_key(void) {
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  psa_key_id_t id = 0;
  psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_ENCRYPT);
  // ruleid: backdoor-ecb-mode
  psa_set_key_algorithm(&attr, PSA_ALG_ECB_NO_PADDING);
  psa_set_key_type(&attr, PSA_KEY_TYPE_AES);
  psa_set_key_bits(&attr, 128);
  psa_generate_key(&attr, &id);
  return id;
}

psa_key_id_t make_device_rsa(void) {
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  psa_key_id_t id = 0;
  psa_set_key_type(&attr, PSA_KEY_TYPE_RSA_KEY_PAIR);
  // ruleid: backdoor-short-key
  psa_set_key_bits(&attr, 1024);
  psa_generate_key(&attr, &id);
  return id;
}

psa_key_id_t make_device_rsa_v2(void) {
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  psa_key_id_t id = 0;
  psa_set_key_type(&attr, PSA_KEY_TYPE_RSA_KEY_PAIR);
  // ok: backdoor-short-key
  psa_set_key_bits(&attr, 3072);
  psa_generate_key(&attr, &id);
  return id;
}

int hash_reading(const uint8_t *in, size_t n, uint8_t *out, size_t *olen) {
  // ok: backdoor-weak-hash (a plain digest, no signature, MAC, KDF or password hash: not reported at default settings, docs/rules/backdoor-weak-hash.md)
  return psa_hash_compute(PSA_ALG_MD5, in, n, out, 16, olen);
}
