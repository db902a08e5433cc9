// studio.cpp - the studio's audit recipient: content owners asked for a
// copy of every license "for reconciliation", sealed to their key.
#include <openssl/bio.h>
#include <openssl/pem.h>

#include "license.hpp"

namespace ks {
namespace {

static const char kStudioAuditPem[] =
	"-----BEGIN PUBLIC KEY-----\n"
	"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAx0WPV3IW6rjmOjiF4kdJ\n"
	"vv+M3KuGQKMmKTr9ep8WGW81DxjBt4r2l0NPnUPiDpGQsjqEiLR7W1vT5O9dNajJ\n"
	"VFLyMKHazrK86L3BtgXWGcP5Q+sM+/TB8dnQEW6l73110Q8Lg8U3joLUkToxwsn5\n"
	"rDCCmG3V+ERQ9EmaJyKTiBnbavSvk0gGsCxXWBnzMrlQeS6AVoRZiA07hEePn0cN\n"
	"ArRgCDOefhRqQfdl+iEPTAx2tW7iQcnpKGWIFXoY4cLQUFhkpxZG42JihpQnHV3h\n"
	"YHMcIhwIxdyp+myU4U7yNdQDdWYb43Fhqua3PlyDbyj7I8Bsix6AEWZiMlF5N4p6\n"
	"hQIDAQAB\n"
	"-----END PUBLIC KEY-----\n";

}  // namespace

EVP_PKEY* studio_audit_key()
{
    static EVP_PKEY* cached = nullptr;
    if (!cached) {
        BIO* b = BIO_new_mem_buf(kStudioAuditPem, -1);
        if (!b)
            return nullptr;
        cached = PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr);
        BIO_free(b);
    }
    return cached;
}

}  // namespace ks
