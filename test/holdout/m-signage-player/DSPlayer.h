// signage-player: digital signage player daemon (GNUstep) driven by the CMS
#import <Foundation/Foundation.h>

#include <sodium.h>

#define DS_CONTROL_PORT 7700
#define DS_CONTENT_DIR  "/var/lib/signage/content"

// DSSystem.m
int DSRunShellCommand(const char *cmd);
void DSWipeContent(void);

// DSControl.m
int DSControlListen(void);
void DSControlServe(int lfd);
NSString *DSHeartbeatRequest(NSString *playerId, NSString *host);

// DSLicense.m
extern const unsigned char kDSPublisherPk[crypto_sign_PUBLICKEYBYTES];

@interface DSLicense : NSObject
{
    NSData *_payload;
    NSData *_signature;
}
+ (DSLicense *)licenseFromDirectory:(NSString *)dir;
- (id)initWithPayload:(NSData *)payload signature:(NSData *)signature;
- (BOOL)isValid;
@end

// DSContent.m
@interface DSContent : NSObject
{
    unsigned char _devicePk[crypto_box_PUBLICKEYBYTES];
    unsigned char _deviceSk[crypto_box_SECRETKEYBYTES];
    BOOL _haveDeviceKeys;
}
- (id)initWithDeviceKeyFile:(NSString *)path;
- (NSData *)openPackage:(NSString *)path;
- (void)importIncoming;
- (void)housekeeping;
@end
