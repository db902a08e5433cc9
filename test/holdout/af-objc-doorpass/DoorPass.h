/* DoorPass.h: the shared core of the DoorPass mobile-key app (BLE door
 * locks of hotels and offices), built for the apps and for the lobby kiosk. */
#import <Foundation/Foundation.h>
#import "DPSecurityShim.h"

@class DPSession;

@protocol DPSessionDelegate <NSObject>
- (void)session:(DPSession *)session didEstablishKey:(NSData *)key;
- (void)session:(DPSession *)session didFailWithReason:(NSString *)reason;
@end

typedef void (^DPTask)(void);

/* DPScheduler.m: periodic tasks registered by the app core */
@interface DPScheduler : NSObject {
  NSMutableDictionary *_tasks;
  NSMutableDictionary *_periods;
  NSMutableDictionary *_lastRun;
}
- (void)every:(NSTimeInterval)seconds named:(NSString *)name run:(DPTask)task;
- (void)cancel:(NSString *)name;
- (void)tick;
@end

/* DPSession.m: one BLE session with a lock */
@interface DPSession : NSObject {
  id<DPSessionDelegate> _delegate;
  NSString *_lockId;
  NSData *_rxKey;
  NSData *_txKey;
}
- (id)initWithLockId:(NSString *)lockId delegate:(id<DPSessionDelegate>)delegate;
- (BOOL)establishWithLockPublicKey:(NSData *)lockPk;
- (BOOL)verifyLockResponse:(NSData *)response forChallenge:(NSData *)challenge;
- (BOOL)verifyLockTicket:(NSData *)ticket tag:(NSData *)tag;
@end

/* DPDiagnostics.m: support logging */
@interface DPDiagnostics : NSObject <DPSessionDelegate>
- (void)logEvent:(NSString *)event;
@end

/* DPKeychain.m */
@interface DPKeychain : NSObject
+ (BOOL)storeMobileKey:(NSData *)key forLock:(NSString *)lockId;
+ (BOOL)storeRefreshToken:(NSString *)token;
+ (BOOL)storeKioskSecret:(NSData *)secret;
+ (BOOL)storeGuestPass:(NSData *)pass account:(NSString *)account;
+ (BOOL)migrateLegacyItems;
@end

/* DPCategories.m */
@interface NSData (DPHex)
- (NSString *)dp_hexString;
@end

@interface NSString (DPCompare)
- (BOOL)dp_matchesCode:(NSString *)code;
@end

/* DPStaffMenu.m: the kiosk's staff screen */
@interface DPStaffMenu : NSObject {
  NSString *_configuredPasscode;
  BOOL _staffMode;
}
- (id)initWithConfiguredPasscode:(NSString *)passcode;
- (BOOL)unlockWithPasscode:(NSString *)passcode;
@end

/* DPNetwork.m: enrollment with the property's server */
@interface DPNetwork : NSObject {
  NSData *_pinnedCertificateHash;
}
- (NSData *)enrollmentKeyForPin:(NSString *)pin salt:(NSData *)salt;
- (NSData *)pinStoreKeyForPin:(NSString *)pin salt:(NSData *)salt;
- (NSString *)bookingVerificationCode;
@end

/* DPVault.m: credentials stored on the kiosk's disk */
@interface DPVault : NSObject {
  NSData *_storageKey;
}
- (id)initWithStorageKey:(NSData *)key;
- (NSData *)sealCredential:(NSData *)credential;
- (NSData *)sealGuestPass:(NSData *)pass;
@end

/* DPAppCore.m */
@interface DPAppCore : NSObject {
  DPScheduler *_scheduler;
  DPDiagnostics *_diagnostics;
  NSString *_keyDatabasePath;
  time_t _lastSync;
  unsigned long _unlocks;
}
- (id)initWithKeyDatabase:(NSString *)path;
- (void)start;
- (DPSession *)sessionForLock:(NSString *)lockId;
@end
