#include "link.h"
#include <sodium.h>

bool Session::rotate(const std::uint8_t *server_pk)
{
  std::uint8_t pk[crypto_kx_PUBLICKEYBYTES], sk[crypto_kx_SECRETKEYBYTES];
  Keys next;
  crypto_kx_keypair(pk, sk);
  if (crypto_kx_client_session_keys(next.rx, next.tx, pk, sk, server_pk) != 0) return false;
  keys_ = next;
  ++epoch_;
  return true;
}
