#include <array>
#include <cstdint>
#include <vector>
typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
struct SegmentCrypto {
  std::array<std::uint8_t, 12> nonce{};
  std::array<std::uint8_t, 32> dek{};
};
struct Envelope {
  std::uint32_t segment = 0;
  SegmentCrypto crypto;
  std::vector<std::uint8_t> payload;
};
class Sealer {
public:
  Sealer();
  bool seal(EVP_CIPHER_CTX *ctx, const std::uint8_t *iv) const;
  const std::array<std::uint8_t, 32> &timeline_key() const { return dek_; }
private:
  std::array<std::uint8_t, 32> dek_{};
};
class Shipper {
public:
  explicit Shipper(int fd) : fd_(fd) {}
  bool publish(const Envelope &env) const;
private:
  int fd_;
};
