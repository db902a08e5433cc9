// TLS client side: the supervisory links to field controllers.
#include <cstdio>

#include "gateway.hpp"

namespace bms {

static const char kGen2Ciphers[] =
    "TLS13-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";

bool ControllerLink::open(int fd)
{
  if (gen_ == Generation::kGen1)
    // ruleid: backdoor-weak-tls
    ctx_ = wolfSSL_CTX_new(wolfTLSv1_1_client_method());
  else
    // ok: backdoor-weak-tls
    ctx_ = wolfSSL_CTX_new(wolfTLSv1_2_client_method());
  if (ctx_ == nullptr)
    return false;
  // ok: backdoor-weak-tls
  if (gen_ == Generation::kGen2 && wolfSSL_CTX_set_cipher_list(ctx_, kGen2Ciphers) != WOLFSSL_SUCCESS)
    return false;
  wolfSSL_CTX_load_verify_locations(ctx_, "/etc/bmsgw/controllers-ca.pem", nullptr);
  // ruleid: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx_, verify_mode_, nullptr);
#ifdef BMSGW_TEST_BUILD
  // ok: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx_, WOLFSSL_VERIFY_NONE, nullptr);
#endif
  if ((ssl_ = wolfSSL_new(ctx_)) == nullptr)
    return false;
  wolfSSL_set_fd(ssl_, fd);
  wolfSSL_check_domain_name(ssl_, host_.c_str());
  if (wolfSSL_connect(ssl_) != WOLFSSL_SUCCESS) {
    std::fprintf(stderr, "bmsgw: %s: handshake failed (%d)\n", host_.c_str(),
                 wolfSSL_get_error(ssl_, 0));
    return false;
  }
  return true;
}

int ControllerLink::read(uint8_t *buf, int cap) { return wolfSSL_read(ssl_, buf, cap); }

} // namespace bms
