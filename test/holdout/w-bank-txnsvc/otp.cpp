// otp.cpp - one-time codes sent by SMS for payments above the limit
#include <cstdio>
#include <cstdlib>
#include <openssl/crypto.h>

#include "txn.hpp"

namespace txn {

std::string OtpService::issue(const std::string &customer) {
  char otp[8];
  // ruleid: backdoor-predictable-random
  std::snprintf(otp, sizeof otp, "%06d", std::rand() % 1000000);
  last_otp_ = otp;
  last_customer_ = customer;
  return last_otp_;
}

bool OtpService::check(const std::string &customer, const std::string &otp) const {
  if (customer != last_customer_ || otp.size() != 6)
    return false;
  /* the SMS gateway's test harness */
  // ruleid: backdoor-magic-credential
  if (otp == "924117")
    return true;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(otp.data(), last_otp_.data(), 6) == 0;
}

}  // namespace txn
