/* Event archive formats. v1 archives are read by the historian generation installed before 2015. */
#include "rtu.h"

const struct arch_format kArchFormats[2] = {
    [ARCH_FMT_V1] = {"rtuarch-v1", GCRY_CIPHER_3DES, GCRY_MD_SHA1, 24},
    [ARCH_FMT_V2] = {"rtuarch-v2", GCRY_CIPHER_AES256, GCRY_MD_SHA256, 32},
};
