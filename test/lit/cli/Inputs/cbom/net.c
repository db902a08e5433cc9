// OpenSSL: a hard-coded AES key, TLS settings, an RSA key pair.
#include <openssl/evp.h>
#include <openssl/ssl.h>

static const unsigned char kMasterKey[16] = {0x3a, 0x91, 0x5c, 0x07, 0xe2, 0x48, 0xbd, 0x16,
                                             0x7f, 0xc4, 0x29, 0x83, 0x5e, 0xa0, 0x6b, 0xd9};

int seal(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, kMasterKey, iv);
}

void tls(SSL_CTX *ctx) {
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  SSL_CTX_set_cipher_list(ctx, "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256");
}

EVP_PKEY *identity(void) { return EVP_RSA_gen(3072); }
