#import <Foundation/Foundation.h>

#import "DCCameraLink.h"

@interface DCPairing : NSObject {
  BOOL _paired;
  NSString *_cameraName;
}
- (BOOL)authorizeCamera:(DCCameraLink *)link pairingCode:(NSString *)code;
- (BOOL)verifyPairingCode:(NSString *)code forCertificate:(const gnutls_datum_t *)der;
- (BOOL)isPaired;
@end
