#include <openssl/evp.h>
int gen_rsa_key(RSA *rsa, int bits);
int encrypt_named(const char *cipher_name, const unsigned char *key, const unsigned char *iv,
                  unsigned char *out, int *outl, const unsigned char *in, int inl);
int derive(const char *pw, const unsigned char *salt, int rounds, unsigned char *out);
int make_host_key(RSA *rsa, int nbits);
