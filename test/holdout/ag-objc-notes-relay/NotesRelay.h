#import <Foundation/Foundation.h>

@interface NRKeyStore : NSObject
- (BOOL)storeRelayToken:(NSData *)token account:(NSString *)account;
- (BOOL)storeSyncKey:(NSData *)key account:(NSString *)account;
- (BOOL)storeDeviceCookie:(NSData *)cookie;
- (BOOL)migrateLegacyItems;
@end

@interface NRRelayServer : NSObject {
  BOOL _authenticated;
  NSString *_storedPassword;
}
- (BOOL)handleLine:(NSString *)line fromHost:(NSString *)host;
- (BOOL)authenticateUser:(NSString *)user password:(NSString *)password;
@end
