/* Apple's declarations of NSURLSessionConfiguration's TLS versions
   (Foundation's NSURLSession.h) that GNUstep's Foundation lacks (Debian's is
   built without NSURLSession); include after <Foundation/Foundation.h>. */
#ifndef MOCK_APPLEURLSESSIONCONFIGURATION_H
#define MOCK_APPLEURLSESSIONCONFIGURATION_H
#import <Foundation/Foundation.h>
#include <Security/SecureTransport.h>
#include <Security/SecProtocolOptions.h>

#if !GS_HAVE_NSURLSESSION
@interface NSURLSessionConfiguration : NSObject <NSCopying>
@property(class, readonly, strong) NSURLSessionConfiguration *defaultSessionConfiguration;
@property(class, readonly, strong) NSURLSessionConfiguration *ephemeralSessionConfiguration;
@property SSLProtocol TLSMinimumSupportedProtocol;
@property SSLProtocol TLSMaximumSupportedProtocol;
@property tls_protocol_version_t TLSMinimumSupportedProtocolVersion;
@property tls_protocol_version_t TLSMaximumSupportedProtocolVersion;
@property NSTimeInterval timeoutIntervalForRequest;
@end
#endif
#endif
