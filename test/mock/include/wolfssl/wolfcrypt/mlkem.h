/* Mock of wolfCrypt's ML-KEM and ML-DSA (wolfSSL 5.7+) and Kyber APIs, for tests. */
#pragma once
typedef struct MlKemKey MlKemKey;
typedef struct KyberKey KyberKey;
typedef struct MlDsaKey MlDsaKey;
enum { WC_ML_KEM_512 = 0, WC_ML_KEM_768 = 1, WC_ML_KEM_1024 = 2 };
enum { KYBER512 = 0, KYBER768 = 1, KYBER1024 = 2 };
enum { WC_ML_DSA_44 = 2, WC_ML_DSA_65 = 3, WC_ML_DSA_87 = 5 };
int wc_MlKemKey_Init(MlKemKey *key, int type, void *heap, int devId);
int wc_KyberKey_Init(int type, KyberKey *key, void *heap, int devId);
int wc_MlDsaKey_SetParams(MlDsaKey *key, int level);
