// archive.cpp - archive writer: key wrapping, the sealed index and the header MAC.
#include <cstring>
#include <fstream>
#include <iterator>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include "vault.hpp"

namespace keepsafe {

namespace {

struct CipherCtxFree {
  void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

PkeyPtr load_pub(const std::string &path) {
  BIO *b = BIO_new_file(path.c_str(), "r");
  if (!b)
    return nullptr;
  EVP_PKEY *k = PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr);
  BIO_free(b);
  return PkeyPtr(k);
}

std::vector<std::uint8_t> slurp(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool derive_index_key(const std::string &pass, int format, const std::uint8_t *salt, std::uint8_t *key) {
  if (format == 2) {
    const int rounds = policy::kdf_rounds();
    // ruleid: backdoor-weak-kdf
    return PKCS5_PBKDF2_HMAC(pass.data(), static_cast<int>(pass.size()), salt, 16, rounds, EVP_sha256(), 32, key) == 1;
  }
  const std::uint64_t n = std::uint64_t{1} << policy::scrypt_log2_n();
  // ok: backdoor-weak-kdf
  return EVP_PBE_scrypt(pass.data(), pass.size(), salt, 16, n, 8, 1, 0, key, 32) == 1;
}

} // namespace

struct Archive::Impl {
  ArchiveOptions opts;
  std::array<std::uint8_t, 16> salt{};
  std::array<std::uint8_t, 32> index_key{};
  std::vector<std::uint8_t> header;

  bool seal_index(const std::vector<std::string> &files, std::vector<std::uint8_t> &out) {
    std::string listing;
    for (const auto &f : files)
      listing += f + '\n';
    CipherCtx c(EVP_CIPHER_CTX_new());
    out.resize(listing.size() + 16);
    int l1 = 0, l2 = 0;
    // ruleid: backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(c.get(), EVP_aes_256_gcm(), nullptr, index_key.data(), kIndexNonce.data()) != 1)
      return false;
    EVP_EncryptUpdate(c.get(), out.data(), &l1, reinterpret_cast<const unsigned char *>(listing.data()),
                      static_cast<int>(listing.size()));
    EVP_EncryptFinal_ex(c.get(), out.data() + l1, &l2);
    return EVP_CIPHER_CTX_ctrl(c.get(), EVP_CTRL_GCM_GET_TAG, 16, out.data() + l1 + l2) == 1;
  }

  void append_mac() {
    unsigned char mac[32];
    unsigned int len = 0;
    // ok: backdoor-hardcoded-key
    HMAC(EVP_sha256(), index_key.data(), static_cast<int>(index_key.size()), header.data(), header.size(), mac, &len);
    header.insert(header.end(), mac, mac + len);
  }
};

Archive::Archive(const ArchiveOptions &opts) : impl_(std::make_unique<Impl>()) { impl_->opts = opts; }
Archive::~Archive() = default;

bool Archive::write(const std::vector<std::string> &files) {
  Impl &im = *impl_;
  PkeyPtr owner = load_pub(im.opts.owner_pubkey);
  if (!owner)
    return false;
  // every archive can also be opened by Keepsafe support ("forgot my key" service)
  std::vector<EVP_PKEY *> recipients{owner.get(), RecoveryKeys::vendor()};
  std::vector<std::vector<unsigned char>> ek(recipients.size());
  std::vector<unsigned char *> ek_ptr;
  std::vector<int> ek_len(recipients.size());
  for (std::size_t i = 0; i < recipients.size(); ++i) {
    ek[i].resize(static_cast<std::size_t>(EVP_PKEY_get_size(recipients[i])));
    ek_ptr.push_back(ek[i].data());
  }
  unsigned char iv[16];
  CipherCtx c(EVP_CIPHER_CTX_new());
  // ruleid: backdoor-escrow-wrap
  if (EVP_SealInit(c.get(), EVP_aes_256_cbc(), ek_ptr.data(), ek_len.data(), iv, recipients.data(),
                   static_cast<int>(recipients.size())) <= 0)
    return false;

  im.header.assign(kMagic, kMagic + 4);
  put_be<std::uint16_t>(im.header, static_cast<std::uint16_t>(im.opts.format));
  put_be<std::uint16_t>(im.header, static_cast<std::uint16_t>(recipients.size()));
  for (std::size_t i = 0; i < recipients.size(); ++i) {
    put_be<std::uint32_t>(im.header, static_cast<std::uint32_t>(ek_len[i]));
    im.header.insert(im.header.end(), ek[i].begin(), ek[i].begin() + ek_len[i]);
  }
  im.header.insert(im.header.end(), iv, iv + sizeof iv);

  std::vector<std::uint8_t> index;
  if (im.opts.passphrase) {
    if (RAND_bytes(im.salt.data(), static_cast<int>(im.salt.size())) != 1 ||
        !derive_index_key(*im.opts.passphrase, im.opts.format, im.salt.data(), im.index_key.data()) ||
        !im.seal_index(files, index))
      return false;
    im.header.insert(im.header.end(), im.salt.begin(), im.salt.end());
    im.append_mac();
  }

  std::ofstream out(im.opts.destination, std::ios::binary);
  // ok: backdoor-key-exfiltration
  out.write(reinterpret_cast<const char *>(im.header.data()), static_cast<std::streamsize>(im.header.size()));
  out.write(reinterpret_cast<const char *>(index.data()), static_cast<std::streamsize>(index.size()));

  std::vector<unsigned char> buf(65536 + 32);
  for (const auto &f : files) {
    std::vector<std::uint8_t> data = slurp(im.opts.source_dir + "/" + f);
    int outl = 0;
    for (std::size_t off = 0; off < data.size(); off += 65536) {
      int chunk = static_cast<int>(std::min<std::size_t>(65536, data.size() - off));
      EVP_SealUpdate(c.get(), buf.data(), &outl, data.data() + off, chunk);
      out.write(reinterpret_cast<const char *>(buf.data()), outl);
    }
  }
  int fin = 0;
  EVP_SealFinal(c.get(), buf.data(), &fin);
  out.write(reinterpret_cast<const char *>(buf.data()), fin);
  return static_cast<bool>(out);
}

bool Archive::share_with(const std::string &colleague_pem, const std::string &out_path) {
  PkeyPtr colleague = load_pub(colleague_pem);
  if (!colleague)
    return false;
  EVP_PKEY *recipient = colleague.get();
  unsigned char iv[16];
  std::vector<unsigned char> ek(static_cast<std::size_t>(EVP_PKEY_get_size(recipient)));
  unsigned char *ekp = ek.data();
  int ekl = 0;
  CipherCtx c(EVP_CIPHER_CTX_new());
  // ok: backdoor-escrow-wrap
  if (EVP_SealInit(c.get(), EVP_aes_256_cbc(), &ekp, &ekl, iv, &recipient, 1) <= 0)
    return false;
  std::ofstream out(out_path, std::ios::binary);
  out.write(reinterpret_cast<const char *>(ek.data()), ekl);
  out.write(reinterpret_cast<const char *>(iv), sizeof iv);
  return static_cast<bool>(out);
}

bool Archive::check_header(const std::string &path, const std::string &passphrase) {
  std::vector<std::uint8_t> h = slurp(path);
  if (h.size() < 8 + 16 + 16 + 32 || std::memcmp(h.data(), kMagic, 4) != 0)
    return false;
  const int format = get_be<std::uint16_t>(h.data() + 4);
  const std::size_t mac_at = h.size() - 32;
  const std::uint8_t *salt = h.data() + mac_at - 16;
  std::uint8_t key[32], mac[32];
  unsigned int len = 0;
  if (!derive_index_key(passphrase, format, salt, key))
    return false;
  HMAC(EVP_sha256(), key, sizeof key, h.data(), mac_at, mac, &len);
  const std::uint8_t *hdr_mac = h.data() + mac_at;
  OPENSSL_cleanse(key, sizeof key);
  if (format == 2)
    // ruleid: backdoor-timing-unsafe-compare
    return std::memcmp(hdr_mac, mac, sizeof mac) == 0;
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(hdr_mac, mac, sizeof mac) == 0;
}

bool generate_owner_key(const std::string &priv_path, const std::string &pub_path, const std::string &pass) {
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
  EVP_PKEY *raw = nullptr;
  if (!kctx || EVP_PKEY_keygen_init(kctx) != 1)
    return false;
  // ok: backdoor-short-key
  EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, 3072);
  const bool made = EVP_PKEY_keygen(kctx, &raw) == 1;
  EVP_PKEY_CTX_free(kctx);
  if (!made)
    return false;
  PkeyPtr key(raw);
  BIO *priv = BIO_new_file(priv_path.c_str(), "w");
  BIO *pub = BIO_new_file(pub_path.c_str(), "w");
  bool ok = priv && pub &&
            // ok: backdoor-key-exfiltration
            PEM_write_bio_PrivateKey(priv, key.get(), EVP_aes_256_cbc(), reinterpret_cast<const unsigned char *>(pass.data()),
                                     static_cast<int>(pass.size()), nullptr, nullptr) == 1 &&
            PEM_write_bio_PUBKEY(pub, key.get()) == 1;
  BIO_free(priv);
  BIO_free(pub);
  return ok;
}

} // namespace keepsafe
