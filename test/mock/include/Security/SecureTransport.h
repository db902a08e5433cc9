/* Mock of Apple's <Security/SecureTransport.h> and the SSLProtocol values of
   <Security/SecProtocolTypes.h>: Apple's declarations (a subset). */
#ifndef MOCK_SECURETRANSPORT_H
#define MOCK_SECURETRANSPORT_H
#include <Security/SecBase.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef int SSLProtocol;
enum {
  kSSLProtocolUnknown = 0,
  kTLSProtocol1 = 4,
  kTLSProtocol11 = 7,
  kTLSProtocol12 = 8,
  kDTLSProtocol1 = 9,
  kTLSProtocol13 = 10,
  kDTLSProtocol12 = 11,
  kTLSProtocolMaxSupported = 999,
  kSSLProtocol2 = 1,
  kSSLProtocol3 = 2,
  kSSLProtocol3Only = 3,
  kTLSProtocol1Only = 5,
  kSSLProtocolAll = 6,
};
typedef int SSLProtocolSide;
enum { kSSLServerSide, kSSLClientSide };
typedef int SSLConnectionType;
enum { kSSLStreamType, kSSLDatagramType };
typedef struct SSLContext *SSLContextRef;
SSLContextRef SSLCreateContext(CFAllocatorRef alloc, SSLProtocolSide protocolSide, SSLConnectionType connectionType);
OSStatus SSLSetProtocolVersionMin(SSLContextRef context, SSLProtocol minVersion);
OSStatus SSLSetProtocolVersionMax(SSLContextRef context, SSLProtocol maxVersion);
OSStatus SSLHandshake(SSLContextRef context);
#ifdef __cplusplus
}
#endif
#endif
