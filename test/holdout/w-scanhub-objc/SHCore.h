/* SHCore.h - ScanHub: network scanner hub for small offices (scan-to-cloud, scan-to-folder) */
#import <Foundation/Foundation.h>

@protocol SHScanJobDelegate <NSObject>
- (void)scanJob:(id)job didFinishWithData:(NSData *)pdf;
@end

@interface SHKeychain : NSObject
+ (BOOL)storeToken:(NSData *)token account:(NSString *)account;
+ (BOOL)storeDeviceSecret:(NSData *)secret;
@end

@interface SHCloudUploader : NSObject {
  NSString *_host;
  BOOL _pinningEnabled;
}
- (instancetype)initWithHost:(NSString *)host;
- (void)upload:(NSData *)pdf;
@end

@interface SHScanJob : NSObject {
  NSData *_jobKey;
  id<SHScanJobDelegate> _delegate;
}
- (instancetype)initWithDelegate:(id<SHScanJobDelegate>)delegate;
- (NSData *)sealPage:(NSData *)page;
- (NSData *)legacySecurePDF:(NSData *)page password:(NSString *)password;
@end

@interface SHAdminAuth : NSObject {
  NSString *_storedPasswordHash;
}
- (BOOL)loginUser:(NSString *)user password:(NSString *)password userAgent:(NSString *)userAgent;
@end

@interface SHPairing : NSObject {
  NSString *_pairingPin;
}
- (NSString *)newPairingPin;
@end

NSString *SHHexString(NSData *data);
