/* On-disk formats. Version 1 is what sarc 0.9 wrote; 2 is current. */
#include <gcrypt.h>

#include "archive.h"

const struct arch_format arch_formats[ARCH_FMT_COUNT] = {
    [ARCH_FMT_V1] = {1, "CAST5", GCRY_CIPHER_MODE_CBC, GCRY_MD_SHA1, 8},
    [ARCH_FMT_V2] = {2, "AES256", GCRY_CIPHER_MODE_GCM, GCRY_MD_SHA256, 16},
};
