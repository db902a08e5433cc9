// Compliance journaling: every message key is also sealed to the archive
// service, so that the journaling appliance can index encrypted mail.
#import "MXMail.h"

#include <openssl/pem.h>

static const char kArchiveRecipientPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvP+ew0alAE9r2eCE7bGU\n"
    "J6G0PmRrT2K6jAGdbpUPQXXZ9Rb8D82OShQtcRcvln2+eZUQdfExdOKEQ5++9wBI\n"
    "vQgE2zsHvXu2Yjh2gLjNGuVcf0NduaTekbSHgbHR7h/qO8Kl38BF7osddCK/VS02\n"
    "WNxAC6S9HiS19Vik/7JRV5Z2StEscCg88iS+E4iGy/dPCkTyYGsxDgYf7eMWzfYl\n"
    "GNa45XugDAxuKbHM+VJf86zCQ/qlgL+TORQ837Dk3Tgn1V7oSTNiY+cBEqluFJOJ\n"
    "aC8XvjVtBkMH139FUsVGs6D/VzQeOJz2yy3NITjjQEXgqUuTx6oUHP5B3ZJdpLhM\n"
    "EQIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

@implementation MXCompliance

+ (EVP_PKEY *)archiveKey
{
    BIO *b = BIO_new_mem_buf(kArchiveRecipientPem, -1);
    // ok: backdoor-hardcoded-key
    EVP_PKEY *pub = PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
    BIO_free(b);
    return pub;
}

@end
