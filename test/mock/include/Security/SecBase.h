/* Mock of Apple's <Security/SecBase.h>: Apple's declarations. */
#ifndef MOCK_SECBASE_H
#define MOCK_SECBASE_H
#include <CoreFoundation/CoreFoundation.h>
typedef struct __SecKey *SecKeyRef;
typedef struct __SecTrust *SecTrustRef;
typedef struct __SecCertificate *SecCertificateRef;
typedef struct __SecPolicy *SecPolicyRef;
enum {
  errSecSuccess = 0,
  errSecParam = -50,
  errSecAllocate = -108,
};
#endif
