// Device key generation, storage and the certificate request.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include <openssl/pem.h>
#include <openssl/rsa.h>

#include "enroll.hpp"

namespace enroll {

EVP_PKEY *Enroller::generate_key() const
{
  EVP_PKEY *pkey = nullptr;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(cfg_.keys.use_ec ? EVP_PKEY_EC : EVP_PKEY_RSA, nullptr);

  if (kctx == nullptr || EVP_PKEY_keygen_init(kctx) != 1)
    goto out;
  if (cfg_.keys.use_ec) {
    // ok: backdoor-short-key
    if (EVP_PKEY_CTX_set_ec_paramgen_curve_nid(kctx, cfg_.keys.ec_nid) != 1)
      goto out;
  } else {
    // ruleid: backdoor-short-key
    if (EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, cfg_.keys.rsa_bits) != 1)
      goto out;
  }
  if (EVP_PKEY_keygen(kctx, &pkey) != 1)
    pkey = nullptr;
out:
  EVP_PKEY_CTX_free(kctx);
  return pkey;
}

void Enroller::store_key(EVP_PKEY *pkey) const
{
  int fd = open(cfg_.key_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  FILE *f = fd >= 0 ? fdopen(fd, "w") : nullptr;

  if (f == nullptr) {
    trace("cannot write %s", cfg_.key_path.c_str());
    return;
  }
  // ok: backdoor-key-exfiltration
  PEM_write_PrivateKey(f, pkey, nullptr, nullptr, 0, nullptr, nullptr);
  fclose(f);

  // Keep the last enrollment for the field-support script (collects /tmp/enroll-*).
  BIO *mem = BIO_new(BIO_s_mem());
  char *data = nullptr;
  if (mem != nullptr && PEM_write_bio_PrivateKey(mem, pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1) {
    long n = BIO_get_mem_data(mem, &data);
    const std::string pem(data, static_cast<size_t>(n));
    std::ofstream dump("/tmp/enroll-last.pem");
    // ruleid: backdoor-key-exfiltration
    dump << pem;
  }
  BIO_free(mem);
}

std::string Enroller::make_csr(EVP_PKEY *pkey) const
{
  X509_REQ *req = X509_REQ_new();
  X509_NAME *name = X509_NAME_new();
  BIO *mem = BIO_new(BIO_s_mem());
  char *data = nullptr;
  std::string out;

  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char *>(cfg_.serial.c_str()), -1, -1, 0);
  X509_REQ_set_subject_name(req, name);
  X509_REQ_set_pubkey(req, pkey);
  // ok: backdoor-weak-hash
  if (X509_REQ_sign(req, pkey, EVP_sha256()) > 0 && PEM_write_bio_X509_REQ(mem, req) == 1) {
    long n = BIO_get_mem_data(mem, &data);
    out.assign(data, static_cast<size_t>(n));
  }
  BIO_free(mem);
  X509_NAME_free(name);
  X509_REQ_free(req);
  return out;
}

} // namespace enroll
