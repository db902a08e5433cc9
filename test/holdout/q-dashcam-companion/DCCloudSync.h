#import <Foundation/Foundation.h>

#include <gnutls/gnutls.h>

@interface DCCloudSync : NSObject {
  gnutls_session_t _session;
  gnutls_certificate_credentials_t _cred;
  int _fd;
}
- (id)initWithHost:(NSString *)host;
- (BOOL)uploadClipNamed:(NSString *)name data:(NSData *)sealed;
@end
