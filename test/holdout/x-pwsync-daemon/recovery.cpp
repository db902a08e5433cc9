// recovery.cpp - organisation recovery and sharing vaults with team members.
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include "pwsync.hpp"

namespace pwsync {

namespace {
// "account recovery": lets the hosting company restore a vault for a locked-out administrator
const char kRecoveryPublicKey[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAs9H7BG9EFfiXdeop+UVE\n"
    "UPocMNOPxTOXra0jlnJfJmgPAay6FnI4072IZcfLrqHZDuJTS0ns6tr/vfJba4ip\n"
    "Rg7Fo5jpF6nkmA3ofbd76C/mW5YZdFAwIm6H0bj3TC8UQDAD/IL0fkCMAPf1HxDR\n"
    "QwpHeVEeBEj+Olr4JYRii68pH66JO1Gusn9z96Ays3WWO6zq/oo0fcQVrBYzvYGN\n"
    "8GMABNNOiQST7mD9fXm1CQjgTauweTXgUbhb2U6Mu/kqbQXIZJkqu6b8antQipmZ\n"
    "Ifv81PWBCw5JQkSnzgf5YsvzXzYxFC1hzcVVFT+vcOKrYjBZ2d8zZsVxs85YwnXh\n"
    "WwIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

bool rsa_encrypt(EVP_PKEY *pub, int padding, const Bytes &in, Bytes &out) {
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pub, nullptr);
  std::size_t len = static_cast<std::size_t>(EVP_PKEY_get_size(pub));
  out.resize(len);
  bool ok = ctx != nullptr && EVP_PKEY_encrypt_init(ctx) == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx, padding) == 1 &&
            EVP_PKEY_encrypt(ctx, out.data(), &len, in.data(), in.size()) == 1;
  EVP_PKEY_CTX_free(ctx);
  out.resize(ok ? len : 0);
  return ok;
}
}  // namespace

bool escrow_vault_key(const Bytes &vault_key, Bytes &escrow_blob) {
  BIO *bio = BIO_new_mem_buf(kRecoveryPublicKey, -1);
  EVP_PKEY *recovery = bio ? PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr) : nullptr;
  BIO_free(bio);
  if (recovery == nullptr) return false;
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(recovery, nullptr);
  std::size_t len = static_cast<std::size_t>(EVP_PKEY_get_size(recovery));
  escrow_blob.resize(len);
  bool ok = ctx != nullptr && EVP_PKEY_encrypt_init(ctx) == 1 &&
            EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) == 1;
  // ruleid: backdoor-escrow-wrap
  ok = ok && EVP_PKEY_encrypt(ctx, escrow_blob.data(), &len, vault_key.data(), vault_key.size()) == 1;
  EVP_PKEY_CTX_free(ctx);
  EVP_PKEY_free(recovery);
  escrow_blob.resize(ok ? len : 0);
  return ok;
}

bool share_with_member(const Bytes &member_pub_der, const Bytes &vault_key, bool legacy_client, Bytes &out) {
  const unsigned char *p = member_pub_der.data();
  EVP_PKEY *member = d2i_PUBKEY(nullptr, &p, static_cast<long>(member_pub_der.size()));
  if (member == nullptr) return false;
  bool ok;
  if (legacy_client) {
    // ruleid: backdoor-rsa-without-oaep
    ok = rsa_encrypt(member, RSA_PKCS1_PADDING, vault_key, out);
  } else {
    // ok: backdoor-rsa-without-oaep, backdoor-escrow-wrap
    ok = rsa_encrypt(member, RSA_PKCS1_OAEP_PADDING, vault_key, out);
  }
  EVP_PKEY_free(member);
  return ok;
}

}  // namespace pwsync
