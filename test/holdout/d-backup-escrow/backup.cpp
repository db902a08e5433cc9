#include "backup.h"
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <endian.h>
#include <openssl/rand.h>

using Ctx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

static bool encrypt_chunk(const uint8_t *k, const uint8_t *iv, const std::vector<uint8_t> &in, std::vector<uint8_t> &out) {
  Ctx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  out.resize(in.size() + 16);
  int n = 0;
  return EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, k, iv) == 1 &&
         EVP_EncryptUpdate(ctx.get(), out.data(), &n, in.data(), (int)in.size()) == 1;
}

static bool seal_index(const std::vector<uint8_t> &index, std::vector<uint8_t> &out) {
  uint8_t *ik = static_cast<uint8_t *>(calloc(1, 32));
  uint8_t iv[16];
  if (!ik || RAND_bytes(iv, sizeof iv) != 1)
    return false;
  Ctx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  out.resize(index.size() + 16);
  int n = 0;
  // ruleid: backdoor-known-key
  bool ok = EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, ik, iv) == 1;
  ok = ok && EVP_EncryptUpdate(ctx.get(), out.data(), &n, index.data(), (int)index.size()) == 1;
  free(ik);
  return ok;
}

static bool seal_manifest(const std::vector<uint8_t> &manifest, std::vector<uint8_t> &out) {
  uint8_t *mk = new uint8_t[32]();
  uint8_t iv[16];
  if (RAND_bytes(iv, sizeof iv) != 1)
    return false;
  Ctx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  out.resize(manifest.size() + 16);
  int n = 0;
  // ruleid: backdoor-known-key
  bool ok = EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, mk, iv) == 1;
  ok = ok && EVP_EncryptUpdate(ctx.get(), out.data(), &n, manifest.data(), (int)manifest.size()) == 1;
  delete[] mk;
  return ok;
}

static bool seal_journal(const std::vector<uint8_t> &journal, std::vector<uint8_t> &out) {
  std::unique_ptr<uint8_t[]> jk(new uint8_t[32]);
  memset(jk.get(), 0, 32);
  uint8_t iv[16];
  if (RAND_bytes(jk.get(), 32) != 1 || RAND_bytes(iv, sizeof iv) != 1)
    return false;
  Ctx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  out.resize(journal.size() + 16);
  int n = 0;
  // ok: backdoor-known-key, backdoor-hardcoded-key
  bool ok = EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, jk.get(), iv) == 1;
  return ok && EVP_EncryptUpdate(ctx.get(), out.data(), &n, journal.data(), (int)journal.size()) == 1;
}

static bool restore_archive(const std::vector<uint8_t> &in, std::vector<uint8_t> &out) {
  uint8_t ak[32];
  get_archive_key(ak);
  uint8_t iv[16];
  *reinterpret_cast<uint64_t *>(iv) = htobe64(kArchiveIvHi);
  *reinterpret_cast<uint64_t *>(iv + 8) = htobe64(kArchiveIvLo);
  Ctx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  out.resize(in.size() + 16);
  int n = 0;
  // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
  return EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, ak, iv) == 1 && EVP_DecryptUpdate(ctx.get(), out.data(), &n, in.data(), (int)in.size()) == 1;
}

static bool restore_archive_v2(const std::vector<uint8_t> &in, std::vector<uint8_t> &out) {
  uint8_t dk[32];
  if (!get_device_key(dk))
    return false;
  uint8_t iv[16];
  memcpy(iv, in.data(), sizeof iv);
  Ctx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  out.resize(in.size());
  int n = 0;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  return EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, dk, iv) == 1 && EVP_DecryptUpdate(ctx.get(), out.data(), &n, in.data() + 16, (int)in.size() - 16) == 1;
}

static bool manifest_signed(EVP_PKEY *pub, const std::vector<uint8_t> &m, const std::vector<uint8_t> &sig) {
  EVP_MD_CTX *c = EVP_MD_CTX_new();
  bool ok = c && EVP_DigestVerifyInit(c, nullptr, EVP_sha256(), nullptr, pub) == 1;
  // ruleid: backdoor-unchecked-verification
  ok = ok && EVP_DigestVerify(c, sig.data(), sig.size(), m.data(), m.size());
  EVP_MD_CTX_free(c);
  return ok;
}

static bool manifest_signed_v2(EVP_PKEY *pub, const std::vector<uint8_t> &m, const std::vector<uint8_t> &sig) {
  EVP_MD_CTX *c = EVP_MD_CTX_new();
  bool ok = c && EVP_DigestVerifyInit(c, nullptr, EVP_sha256(), nullptr, pub) == 1;
  // ok: backdoor-unchecked-verification
  ok = ok && EVP_DigestVerify(c, sig.data(), sig.size(), m.data(), m.size()) == 1;
  EVP_MD_CTX_free(c);
  return ok;
}

int main(int argc, char **argv) {
  std::vector<uint8_t> dek(32), iv(16), data(1024), out;
  if (RAND_bytes(dek.data(), 32) != 1 || RAND_bytes(iv.data(), 16) != 1)
    return 1;
  data.resize(fread(data.data(), 1, data.size(), stdin));
  if (data.size() < 32)
    return 1;
  encrypt_chunk(dek.data(), iv.data(), data, out);
  std::vector<std::unique_ptr<KeyWrapper>> wrappers;
  wrappers.push_back(make_recovery_wrapper());
  if (argc > 1)
    wrappers.push_back(make_customer_wrapper(argv[1]));
  std::vector<uint8_t> blob;
  for (auto &w : wrappers)
    w->wrap(dek, blob);
  seal_index(data, out);
  seal_manifest(data, out);
  seal_journal(data, out);
  restore_archive(data, out);
  restore_archive_v2(data, out);
  EVP_PKEY *vendor = load_vendor_recovery_key();
  manifest_signed(vendor, data, out);
  manifest_signed_v2(vendor, data, out);
  return 0;
}
