// slkhubd: the bridge of a smart-lock system (locks on BLE, the owner's
// phone and the vendor's cloud relay on the LAN/WAN side).
#import <Foundation/Foundation.h>

@class SLKLockSession;

@protocol SLKLockSessionDelegate <NSObject>
- (void)lockSession:(SLKLockSession *)session didDeriveKey:(NSData *)key;
- (void)lockSession:(SLKLockSession *)session didFailWithReason:(NSString *)reason;
@end

@interface SLKDefaults : NSObject
+ (NSData *)pairingSalt;
+ (int)kdfRounds;
+ (NSString *)relayHost;
@end

@interface SLKHub : NSObject {
    NSString *_serial;
    NSString *_factoryResetCode;
    NSMutableDictionary *_locks;
}
@property (nonatomic, retain) NSString *serial;
@property (nonatomic, retain) NSString *factoryResetCode;
- (id)initWithSerial:(NSString *)serial;
- (BOOL)factoryReset;
@end

@interface SLKLockSession : NSObject {
    id<SLKLockSessionDelegate> _delegate;
    NSString *_lockId;
    NSData *_sessionKey;
}
- (id)initWithLock:(NSString *)lockId delegate:(id<SLKLockSessionDelegate>)delegate;
- (BOOL)pairWithOwnerPIN:(NSString *)pin;
- (NSData *)sessionKey;
@end

@interface SLKAuditLog : NSObject <SLKLockSessionDelegate> {
    NSFileHandle *_out;
}
- (id)initWithPath:(NSString *)path;
- (void)note:(NSString *)line;
@end

@interface SLKKeychain : NSObject
+ (BOOL)storeSessionKey:(NSData *)key forLock:(NSString *)lockId;
+ (BOOL)storeBackgroundCredential:(NSData *)credential forLock:(NSString *)lockId;
@end

@interface SLKRelay : NSObject {
    NSFileHandle *_link;
    BOOL _authenticated;
    SLKHub *_hub;
}
- (id)initWithSocket:(int)fd hub:(SLKHub *)hub;
- (BOOL)peerTrusted:(int)fd signature:(NSData *)sig nonce:(NSData *)nonce;
- (void)serve;
@end

@interface SLKPanel : NSObject {
    SLKHub *_hub;
}
- (id)initWithHub:(SLKHub *)hub;
- (BOOL)enterServiceCode:(NSString *)passcode;
@end

@interface SLKFirmware : NSObject
+ (void)housekeeping;
@end
