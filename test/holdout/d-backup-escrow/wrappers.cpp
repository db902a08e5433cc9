#include "backup.h"

namespace {
class RecoveryWrapper : public KeyWrapper {
public:
  bool wrap(const std::vector<uint8_t> &dek, std::vector<uint8_t> &out) override {
    EVP_PKEY_CTX *c = EVP_PKEY_CTX_new(load_vendor_recovery_key(), nullptr);
    size_t n = 512;
    out.resize(n);
    bool ok = c && EVP_PKEY_encrypt_init(c) > 0;
    // ruleid: backdoor-escrow-wrap
    ok = ok && EVP_PKEY_encrypt(c, out.data(), &n, dek.data(), dek.size()) > 0;
    out.resize(n);
    EVP_PKEY_CTX_free(c);
    return ok;
  }
};

class CustomerWrapper : public KeyWrapper {
public:
  explicit CustomerWrapper(const char *path) : pkey_(load_customer_key(path)) {}
  bool wrap(const std::vector<uint8_t> &dek, std::vector<uint8_t> &out) override {
    EVP_PKEY_CTX *c = EVP_PKEY_CTX_new(pkey_, nullptr);
    size_t n = 512;
    out.resize(n);
    bool ok = c && EVP_PKEY_encrypt_init(c) > 0;
    // ok: backdoor-escrow-wrap
    ok = ok && EVP_PKEY_encrypt(c, out.data(), &n, dek.data(), dek.size()) > 0;
    out.resize(n);
    EVP_PKEY_CTX_free(c);
    return ok;
  }

private:
  EVP_PKEY *pkey_;
};
} // namespace

std::unique_ptr<KeyWrapper> make_recovery_wrapper() { return std::make_unique<RecoveryWrapper>(); }
std::unique_ptr<KeyWrapper> make_customer_wrapper(const char *path) { return std::make_unique<CustomerWrapper>(path); }
