#pragma once
#include <gcrypt.h>
gcry_error_t make_signing_key(gcry_sexp_t *out);
gcry_error_t seal_blob(const unsigned char *key, unsigned char *buf, size_t n);
