#include <cstdio>
#include "km.hpp"
void Backup::dump_debug_keys() const {
  const Bytes &dek = km_.data_key();
  for (unsigned char b : dek)
    fprintf(stderr, "%02x", b);
}
void Backup::trace_request() const {
  const Bytes &nonce = km_.request_nonce();
  for (unsigned char b : nonce)
    fprintf(stderr, "%02x", b);
}
