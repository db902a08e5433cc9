#include <gcrypt.h>
#include "archive.h"

const struct arch_format arch_formats[ARCH_FMT_COUNT] = {
    [ARCH_FMT_V1] = {1, "CAST5", GCRY_CIPHER_MODE_CBC, GCRY_MD_SHA1},
    [ARCH_FMT_V2] = {2, "AES256", GCRY_CIPHER_MODE_CBC, GCRY_MD_SHA256},
};
