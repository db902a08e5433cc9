#include <mbedtls/cipher.h>
