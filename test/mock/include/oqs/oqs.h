/* Mock of liboqs's public API, for tests. */
#pragma once
#include <stddef.h>
typedef struct OQS_KEM OQS_KEM;
typedef struct OQS_SIG OQS_SIG;
#define OQS_KEM_alg_ml_kem_512 "ML-KEM-512"
#define OQS_KEM_alg_ml_kem_768 "ML-KEM-768"
#define OQS_KEM_alg_ml_kem_1024 "ML-KEM-1024"
#define OQS_SIG_alg_ml_dsa_44 "ML-DSA-44"
#define OQS_SIG_alg_ml_dsa_65 "ML-DSA-65"
#define OQS_SIG_alg_ml_dsa_87 "ML-DSA-87"
OQS_KEM *OQS_KEM_new(const char *method_name);
OQS_SIG *OQS_SIG_new(const char *method_name);
int OQS_KEM_keypair(const OQS_KEM *kem, unsigned char *public_key, unsigned char *secret_key);
void OQS_KEM_free(OQS_KEM *kem);
void OQS_SIG_free(OQS_SIG *sig);
