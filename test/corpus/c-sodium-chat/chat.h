#pragma once
#include <sodium.h>
struct chat_session {
  unsigned char tx[crypto_kx_SESSIONKEYBYTES];
  unsigned char rx[crypto_kx_SESSIONKEYBYTES];
  unsigned char nonce[crypto_secretbox_NONCEBYTES];
};
void debug_dump(const char *what, const unsigned char *p, size_t n);
