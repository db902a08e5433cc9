#include "credentials.h"
#include <sodium.h>

namespace fleet {

int enroll(unsigned char *out, const unsigned char *msg, unsigned long long n, const unsigned char *nonce) {
  const Credential cred = factory_credential();
  return crypto_secretbox_easy(out, msg, n, nonce, cred.key.data());
}

} // namespace fleet
