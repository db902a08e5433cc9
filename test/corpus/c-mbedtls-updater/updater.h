#pragma once
#include <stddef.h>
struct update_cfg {
  const unsigned char *aes_key;
  const unsigned char *iv;
  int verify_mode;
};
int fetch_update(const struct update_cfg *cfg);
int decrypt_payload(const struct update_cfg *cfg, unsigned char *buf, size_t n);
