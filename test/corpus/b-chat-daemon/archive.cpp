// Compliance archive: regulated tenants must be able to produce message history.
#include <memory>
#include <stdexcept>

#include <openssl/pem.h>
#include <openssl/rsa.h>

#include "session.hpp"

namespace chatd {
namespace {

const char kArchivePublicKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsCNHLClVFGD8A+mo5Lm9\n"
    "erMaYU26Jjv5m1nt8wL75J2jH24RWLL87EP7mY70mfaqPf0jNaBVXzmrSlHtfzvD\n"
    "aCzTTI9EdOBAH2vxDIgQ+mBWEvDJs7WCqakt0WPQ8xkLwkbh+GDgCqF36kjxLv/A\n"
    "MsZCi2YdLf02shhVl2QrN4ow84VFi2lE9wL4Sbtk3f/LIAAzV1v/qa7KAxIregcH\n"
    "JdbQ8xL8Y3iuHV4UQ08bOrVFJQ6qDg36Tjlf8F8Sd3LzxiWeW0K6JjbVl33JjWUL\n"
    "G9Sxd2cKCwpuMS54VyhbYB5EonPC/9LDCJ0N/RVDw+dY4BP0FDUtA8YkZf4y0N5Z\n"
    "hQIDAQAB\n"
    "-----END PUBLIC KEY-----\n"
    ;

struct PkeyCtxDeleter {
  void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};

EVP_PKEY* archive_public_key() {
  static EVP_PKEY* cached = nullptr;
  if (cached == nullptr) {
    BIO* bio = BIO_new_mem_buf(kArchivePublicKeyPem, -1);
    cached = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (cached == nullptr) throw std::runtime_error("archive key unreadable");
  }
  return cached;
}

EVP_PKEY_CTX* oaep_ctx(EVP_PKEY* pub) {
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(pub, nullptr);
  if (ctx == nullptr || EVP_PKEY_encrypt_init(ctx) != 1 ||
      EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) != 1 ||
      EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) != 1) {
    EVP_PKEY_CTX_free(ctx);
    return nullptr;
  }
  return ctx;
}

}  // namespace

std::vector<std::uint8_t> ComplianceArchive::wrap_session_key(
    const std::vector<std::uint8_t>& session_key) {
  EVP_PKEY* pub = archive_public_key();
  std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(oaep_ctx(pub));
  std::vector<std::uint8_t> out(static_cast<std::size_t>(EVP_PKEY_get_size(pub)));
  std::size_t out_len = out.size();
  if (!ctx) return {};
  // ruleid: backdoor-escrow-wrap
  if (EVP_PKEY_encrypt(ctx.get(), out.data(), &out_len, session_key.data(), session_key.size()) != 1) {
    logger_.warn("archive wrap failed");
    return {};
  }
  out.resize(out_len);
  return out;
}

std::vector<std::uint8_t> ComplianceArchive::wrap_for_participant(
    EVP_PKEY* participant, const std::vector<std::uint8_t>& session_key) {
  std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(oaep_ctx(participant));
  std::vector<std::uint8_t> out(static_cast<std::size_t>(EVP_PKEY_get_size(participant)));
  std::size_t out_len = out.size();
  if (!ctx) return {};
  // ok: backdoor-escrow-wrap
  if (EVP_PKEY_encrypt(ctx.get(), out.data(), &out_len, session_key.data(), session_key.size()) != 1)
    return {};
  out.resize(out_len);
  return out;
}

}  // namespace chatd
