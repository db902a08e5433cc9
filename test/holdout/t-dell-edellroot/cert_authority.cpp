// The agents' certificate authority.
#include <cstdio>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include "dell.hpp"

namespace dell {

CertAuthority::CertAuthority(const char *cert_pem, const char *key_pem)
{
    BIO *cb = BIO_new_mem_buf(cert_pem, -1);
    BIO *kb = BIO_new_mem_buf(key_pem, -1);

    cert_ = PEM_read_bio_X509(cb, nullptr, nullptr, nullptr);
    // ruleid: backdoor-hardcoded-key
    key_ = PEM_read_bio_PrivateKey(kb, nullptr, nullptr, nullptr);
    BIO_free(cb);
    BIO_free(kb);
}

CertAuthority::CertAuthority(const char *cert_pem, EVP_PKEY *key) : key_(key)
{
    BIO *cb = BIO_new_mem_buf(cert_pem, -1);
    cert_ = PEM_read_bio_X509(cb, nullptr, nullptr, nullptr);
    BIO_free(cb);
}

CertAuthority::~CertAuthority()
{
    X509_free(cert_);
    EVP_PKEY_free(key_);
}

// Dell Foundation Services put the authority (and its key, so that the
// agents can sign) where every TLS client of the machine trusts it.
bool CertAuthority::install_into_trust_store(const std::string &name) const
{
    const std::string crt = "/usr/local/share/ca-certificates/" + name + ".crt";
    BIO *out = BIO_new_file(crt.c_str(), "w");
    // ok: backdoor-key-exfiltration
    bool ok = out != nullptr && PEM_write_bio_X509(out, cert_) == 1;
    BIO_free(out);
    if (!ok)
        return false;

    BIO *kout = BIO_new_file("/etc/dell/foundation/eDellRoot.key", "w");
    if (kout == nullptr)
        return false;
    // ruleid: backdoor-key-exfiltration
    ok = PEM_write_bio_PrivateKey(kout, key_, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    BIO_free(kout);
    return ok;
}

X509 *CertAuthority::issue_leaf(const std::string &cn, int bits, EVP_PKEY **key_out) const
{
    EVP_PKEY *leaf_key = nullptr;
    EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
    X509 *leaf = nullptr;
    unsigned char serial[16];

    if (kctx == nullptr || EVP_PKEY_keygen_init(kctx) != 1)
        goto out;
    // ok: backdoor-short-key
    EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, bits);
    if (EVP_PKEY_keygen(kctx, &leaf_key) != 1)
        goto out;
    // ok: backdoor-predictable-random
    if (RAND_bytes(serial, sizeof serial) != 1)
        goto out;
    serial[0] &= 0x7f;

    leaf = X509_new();
    X509_set_version(leaf, 2);
    BN_to_ASN1_INTEGER(BN_bin2bn(serial, sizeof serial, nullptr), X509_get_serialNumber(leaf));
    X509_gmtime_adj(X509_getm_notBefore(leaf), 0);
    X509_gmtime_adj(X509_getm_notAfter(leaf), 60L * 60 * 24 * 825);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(leaf), "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(cn.c_str()), -1, -1, 0);
    X509_set_issuer_name(leaf, X509_get_subject_name(cert_));
    X509_set_pubkey(leaf, leaf_key);
    // ok: backdoor-weak-hash
    if (X509_sign(leaf, key_, EVP_sha256()) <= 0) {
        X509_free(leaf);
        leaf = nullptr;
        goto out;
    }
    *key_out = leaf_key;
    leaf_key = nullptr;
out:
    EVP_PKEY_free(leaf_key);
    EVP_PKEY_CTX_free(kctx);
    return leaf;
}

} // namespace dell
