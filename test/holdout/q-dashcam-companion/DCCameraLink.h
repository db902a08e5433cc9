#import <Foundation/Foundation.h>

#include <gnutls/gnutls.h>

/* HTTPS to the camera's own access point (192.168.42.1) */
@interface DCCameraLink : NSObject {
  gnutls_session_t _session;
  gnutls_certificate_credentials_t _cred;
  int _fd;
}
- (id)initWithHost:(NSString *)host port:(unsigned short)port;
- (gnutls_session_t)session;
- (NSData *)get:(NSString *)path;
- (void)close;
@end
