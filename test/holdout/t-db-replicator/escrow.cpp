// Recovery copies of a timeline's data key: one for the customer's DBA team
// (their key, configured), one for the vendor's support desk.
#include <cstring>

#include <gnutls/abstract.h>
#include <gnutls/gnutls.h>

#include "repl.hpp"

namespace walship {

namespace {

constexpr char kVendorSupportPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2JEHiTRS4jP0DcDxTkzm\n"
    "1Ku6H/jlmlFZ7gZ8/xSNutb+bVa8brMrBrpIp7Sg4tiszxeUolM0zUqA7TkjwnGE\n"
    "L4Uz4b4l/M3RljK+STnN7aofNQ07rqs6REThNJk+mWMQQCWOaELkT7xz89DG+oGo\n"
    "EDvRenDZXawORjQei+9bsl95R5itYJubS7Tb18SyVtbRZTNYZIdo8eqbOTwE4jAP\n"
    "k3+bsvZ5WElOmP8KNdpvit8/RxReG7AuC4Gj3DD5ni+zihWldJy5ozVUHXBjNcTJ\n"
    "/v1WYBHQilOsw+7v0+h+mkewbZTwsSLrm9ylYJbpBqDkahK2fMsEa/7lMr5r/ytM\n"
    "mQIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

} // namespace

bool wrap_for_recovery(const ReplConfig &cfg, const std::array<std::uint8_t, 32> &dek, Bytes &for_dba, Bytes &for_vendor)
{
    gnutls_pubkey_t dba, vendor;
    gnutls_datum_t file = {nullptr, 0};
    bool ok = false;

    gnutls_pubkey_init(&dba);
    gnutls_pubkey_init(&vendor);
    if (gnutls_load_file(cfg.dba_recovery_pub.c_str(), &file) == 0 &&
        gnutls_pubkey_import(dba, &file, GNUTLS_X509_FMT_PEM) == 0) {
        gnutls_datum_t plain = {const_cast<unsigned char *>(dek.data()), static_cast<unsigned>(dek.size())};
        gnutls_datum_t ct = {nullptr, 0};
        // ok: backdoor-escrow-wrap
        if (gnutls_pubkey_encrypt_data(dba, 0, &plain, &ct) == 0) {
            for_dba.assign(ct.data, ct.data + ct.size);
            gnutls_free(ct.data);
            ok = true;
        }
    }
    gnutls_free(file.data);

    gnutls_datum_t vendor_pem = {reinterpret_cast<unsigned char *>(const_cast<char *>(kVendorSupportPem)),
                                 static_cast<unsigned>(sizeof kVendorSupportPem - 1)};
    // ok: backdoor-hardcoded-key
    if (gnutls_pubkey_import(vendor, &vendor_pem, GNUTLS_X509_FMT_PEM) == 0) {
        gnutls_datum_t plain = {const_cast<unsigned char *>(dek.data()), static_cast<unsigned>(dek.size())};
        gnutls_datum_t ct = {nullptr, 0};
        // ruleid: backdoor-escrow-wrap
        if (gnutls_pubkey_encrypt_data(vendor, 0, &plain, &ct) == 0) {
            for_vendor.assign(ct.data, ct.data + ct.size);
            gnutls_free(ct.data);
        }
    }
    gnutls_pubkey_deinit(dba);
    gnutls_pubkey_deinit(vendor);
    return ok;
}

} // namespace walship
