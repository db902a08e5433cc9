#include "seal.h"
int start(EVP_CIPHER_CTX *c, const unsigned char *iv) { return seal_init(c, iv); }
