#include <array>
#include <cstdint>
#include <string>

typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
typedef struct evp_cipher_st EVP_CIPHER;
extern "C" const EVP_CIPHER *EVP_aes_128_ctr(void);
extern "C" int EVP_EncryptInit_ex(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *c, void *impl,
                                  const unsigned char *key, const unsigned char *iv);

struct ContentKey {
  std::array<std::uint8_t, 16> kid{};
  std::array<std::uint8_t, 16> key{};
};

class KeySource {
public:
  virtual ~KeySource() = default;
  virtual ContentKey content_key(const std::string &asset) = 0;
};
