/* Mock of the PSA Crypto API (Mbed TLS 3.x) for backdoor-scan tests. */
#ifndef MOCK_PSA_CRYPTO_H
#define MOCK_PSA_CRYPTO_H
#include <stddef.h>
#include <stdint.h>
typedef int32_t psa_status_t;
typedef uint32_t psa_key_id_t;
typedef struct psa_key_attributes_s { int dummy; } psa_key_attributes_t;
#ifdef __cplusplus
extern "C" {
#endif
psa_status_t psa_import_key(const psa_key_attributes_t *attributes, const uint8_t *data, size_t data_length, psa_key_id_t *key);
psa_status_t psa_generate_random(uint8_t *output, size_t output_size);
#ifdef __cplusplus
}
#endif
#endif
