#include <openssl/evp.h>
int RAND_bytes(unsigned char *buf, int num);
int RAND_priv_bytes(unsigned char *buf, int num);
void OPENSSL_cleanse(void *ptr, size_t len);
