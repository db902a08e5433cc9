/* Drug library container formats: v1 libraries (the 2014 editor) are still
 * in the field. */
#include <mbedtls/cipher.h>

#include "pump.h"

const struct lib_profile kLibProfiles[LIB_FMT_COUNT] = {
    [LIB_FMT_V1] = {"DLIB1", MBEDTLS_CIPHER_DES_EDE3_CBC, 192, 8},
    [LIB_FMT_V2] = {"DLIB2", MBEDTLS_CIPHER_AES_256_GCM, 256, 12},
};
