/* Mock of Apple's <Security/SecTrust.h>: Apple's declarations. */
#ifndef MOCK_SECTRUST_H
#define MOCK_SECTRUST_H
#include <Security/SecBase.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef uint32_t SecTrustResultType;
enum {
  kSecTrustResultInvalid = 0,
  kSecTrustResultProceed = 1,
  kSecTrustResultDeny = 3,
  kSecTrustResultUnspecified = 4,
  kSecTrustResultRecoverableTrustFailure = 5,
  kSecTrustResultFatalTrustFailure = 6,
  kSecTrustResultOtherError = 7
};
OSStatus SecTrustEvaluate(SecTrustRef trust, SecTrustResultType *result);
Boolean SecTrustEvaluateWithError(SecTrustRef trust, CFErrorRef *error);
OSStatus SecTrustSetPolicies(SecTrustRef trust, CFTypeRef policies);
OSStatus SecTrustSetAnchorCertificates(SecTrustRef trust, CFArrayRef anchorCertificates);
CFIndex SecTrustGetCertificateCount(SecTrustRef trust);
SecCertificateRef SecTrustGetCertificateAtIndex(SecTrustRef trust, CFIndex ix);
SecPolicyRef SecPolicyCreateSSL(Boolean server, CFStringRef hostname);
#ifdef __cplusplus
}
#endif
#endif
