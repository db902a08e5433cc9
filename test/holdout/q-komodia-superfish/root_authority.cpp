// root_authority.cpp - the redirector's root CA, shipped inside the binary.
#include "komodia.h"

#include <openssl/pem.h>

#include <cstdio>
#include <fstream>

namespace komodia {
namespace {

// certificate and (encrypted) key of "Superfish, Inc.", one PEM blob
const char kRootAuthorityPem[] = R"(-----BEGIN CERTIFICATE-----
MIICkjCCAfugAwIBAgIUO9hnXnPP5ciTnSUg9C2Pik/MjiYwDQYJKoZIhvcNAQEF
BQAwWzELMAkGA1UEBhMCVVMxCzAJBgNVBAgMAkNBMQswCQYDVQQHDAJTRjEYMBYG
A1UECgwPU3VwZXJmaXNoLCBJbmMuMRgwFgYDVQQDDA9TdXBlcmZpc2gsIEluYy4w
HhcNMjYxMjA1MjM1OTQzWhcNNDYxMTMwMjM1OTQzWjBbMQswCQYDVQQGEwJVUzEL
MAkGA1UECAwCQ0ExCzAJBgNVBAcMAlNGMRgwFgYDVQQKDA9TdXBlcmZpc2gsIElu
Yy4xGDAWBgNVBAMMD1N1cGVyZmlzaCwgSW5jLjCBnzANBgkqhkiG9w0BAQEFAAOB
jQAwgYkCgYEA6vx5biIzY8pQ2XqHZOfNuDRY4s/bH/Dl10wPc0DRI+owhkpN8wRX
tmLyfYm2Fi7EPqtudIL9NZgFRN/vGSXKD1/xbCeGSGWT03sVxsuAvfHty5SjbiDd
TnWAhwqUmf/ynRPsQEViTUmkIWg3ayV6tPlOjx1/zlvAJhOyFUMkKuUCAwEAAaNT
MFEwHQYDVR0OBBYEFEfk6TFPf8HI7QXRhB8NTVhrmlQuMB8GA1UdIwQYMBaAFEfk
6TFPf8HI7QXRhB8NTVhrmlQuMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQEF
BQADgYEAtzj3xRkW7wgQGi5c96QxdjlWkBsdxVvoCu67u8bFh1jrCoFrn6QSeZW4
UtMumaZ4qVAvdFwgaV31IiN4GGe/bHII7D73eBfqM+luklUps8j4VMeBiLqt4a0n
gM3zDVXLPIErb7wQnN6xUjaQoCiQUsIcg/3osfwdm1kVI2PDlXw=
-----END CERTIFICATE-----
-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIC3TBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQIU7ZjH8dKykACAggA
MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBDF2Fp55a8ncyQ6NELRELQtBIIC
gDT6Anw/qOdpDpcXfjVXOVCzhe4fZau6srw3eNSzzpDNReTxL37kGexn6vKBrq77
z9dEbT/OGgDKHRkc5k+m08s9A5e8H4KSW4dJp5H15/gAv3tTSdqUUj/0xrupI82Y
cCHvryvbYfQ9Id6z6pPlOJXRQg98UAiM1Wjfaz+4KtbqIEcZsfbTNz4Nd9K47UeB
nE0fmw26rzu8x0dKZP6kbIBwtr0CYI6GSYMyLs4AVjVpfUzfDEn5C+x9iyeK4iha
FYbT+Nsn5FwCiIpi53UZgdv7Sfhzgikr9algBZXzfj5o2VV7LhYf+c7C0jQ6ldhK
FPOshdUyV08UPBoWSYjcORQv+0Z8QvRXOyipRmT/0tjcMHqI0UUbb0xW+Xo1SuHy
YqUT4mf+ytQ29z5e5NUsX94ERWHuHMOCAWvc6EKg88GTZsK8rThPIhUsMc0wikLB
IiVItZCDJ37F2Ml6Vw6Z7yHMH3yomI5QdkFB51mHlJpUtVuVxpUK69niAHI1nGWW
kIBcFmKygydC9hFyv3FR45s4tk38bv0343nJx8nH4tLo5Cu+VHHsMb0kbCJ6pIm7
jilGzMkV1auU5gqqwhCkWRWE38AAhtnkCOpcDFPLSjL1pr7GKwCpMhnZ4sPhQIk6
Nd1oMdmfIyfln65zhcGe2Yfrw9HVCzg+QleJdv2UayRaTMHAw2x4IdPq+DkITjOF
0mQosJZmkBcvyUQO01JSJVbHiLTSj0/ORNH4VJ/uoYX7DGmirY8FXMCYnvl0WDME
givyYJc+QHOfnF6KY0Rhm1h1HFFBWmGntFV1rRALn9le+m05PXWOItJxGa2sz8HO
tnSHW2OJe6cpvLecAoX90Vo=
-----END ENCRYPTED PRIVATE KEY-----
)";

// ok: backdoor-secret-literal
const char kRootPassphrase[] = "komodia";

} // namespace

RootAuthority &RootAuthority::instance()
{
  static RootAuthority ra;
  return ra;
}

bool RootAuthority::load()
{
  if (key_ != nullptr) {
    return true;
  }
  BIO *bio = BIO_new_mem_buf(kRootAuthorityPem, -1);
  if (bio == nullptr) {
    return false;
  }
  // ok: backdoor-hardcoded-key
  cert_ = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
  // ruleid: backdoor-hardcoded-key, backdoor-magic-credential
  key_ = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, const_cast<char *>(kRootPassphrase));
  BIO_free(bio);
  return cert_ != nullptr && key_ != nullptr;
}

// Firefox keeps its own trust store: drop the root certificate where the
// installer's certutil step imports it from.
bool RootAuthority::install_into_nss(const std::string &profile_dir) const
{
  if (cert_ == nullptr) {
    return false;
  }
  BIO *mem = BIO_new(BIO_s_mem());
  if (mem == nullptr || PEM_write_bio_X509(mem, cert_) != 1) {
    BIO_free(mem);
    return false;
  }
  char *pem = nullptr;
  long n = BIO_get_mem_data(mem, &pem);
  std::ofstream out(profile_dir + "/superfish-root.pem", std::ios::binary | std::ios::trunc);
  // ok: backdoor-key-exfiltration
  out.write(pem, n);
  BIO_free(mem);
  return static_cast<bool>(out);
}

} // namespace komodia
