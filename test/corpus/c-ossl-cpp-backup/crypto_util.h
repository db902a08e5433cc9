#pragma once
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
struct CtxFree { void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); } };
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;
EVP_PKEY *load_recovery_key();
