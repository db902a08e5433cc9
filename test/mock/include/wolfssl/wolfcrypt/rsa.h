#include <wolfssl/wolfcrypt/aes.h>
