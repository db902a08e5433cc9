/* HJ.h - "Healthjournal" records core (desktop build of the mobile app). */
#import <Foundation/Foundation.h>

typedef void (^HJLineBlock)(NSString *line);

extern const unsigned char kHJExportIV[16];
extern NSString *const HJSyncServiceType;
extern const NSUInteger HJExportFormatVersion;

@interface NSString (HJAuth)
- (BOOL)hj_matchesCode:(NSString *)code;
- (NSString *)hj_trimmed;
@end

@interface NSData (HJHex)
- (NSString *)hj_hexString;
+ (NSData *)hj_dataWithHexString:(NSString *)hex;
@end

@interface HJKeyStore : NSObject {
  NSData *_recordKey;
  NSUserDefaults *_defaults;
}
@property (nonatomic, retain) NSData *recordKey;
- (BOOL)generateRecordKey;
- (void)persistForQuickStart;
- (BOOL)persistWrappedWithPasscode:(NSString *)passcode salt:(NSData *)salt;
- (BOOL)unwrapWithPasscode:(NSString *)passcode;
@end

@interface HJSession : NSObject {
  HJKeyStore *_store;
  BOOL _unlocked;
}
- (instancetype)initWithStore:(HJKeyStore *)store;
- (BOOL)unlockWithPasscode:(NSString *)passcode;
- (BOOL)isUnlocked;
@end

@interface HJSyncListener : NSObject {
  NSFileHandle *_conn;
  HJLineBlock _onLine;
  BOOL _authenticated;
  HJKeyStore *_store;
  NSData *_syncKey;
}
@property (nonatomic, copy) HJLineBlock onLine;
- (instancetype)initWithDescriptor:(int)fd store:(HJKeyStore *)store syncKey:(NSData *)key;
- (BOOL)pump;
- (void)handleLine:(NSString *)line;
@end

@interface HJExporter : NSObject {
  NSData *_exportIV;
  HJKeyStore *_store;
}
@property (nonatomic, retain) NSData *exportIV;
- (instancetype)initWithStore:(HJKeyStore *)store;
- (NSData *)exportRecords:(NSData *)plain;
@end
