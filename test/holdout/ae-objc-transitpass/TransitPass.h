/* TransitPass.h - the app core of a city transit wallet: tickets bought online are
 * kept in an encrypted vault on the phone, shown as signed QR/NFC passes, and synced
 * to the operator's backend. */
#import <Foundation/Foundation.h>

#include "TPSecurityShim.h"

@interface NSData (TPHex)
- (NSString *)tp_hexString;
@end

@interface NSString (TPCompare)
- (BOOL)tp_matchesCode:(NSString *)code;
@end

@interface TPKeychain : NSObject
- (BOOL)storeSigningKey:(NSData *)key account:(NSString *)account;
- (BOOL)storeRefreshToken:(NSData *)token account:(NSString *)account;
- (BOOL)storeWidgetToken:(NSData *)token;
- (BOOL)replaceSigningKey:(NSData *)key account:(NSString *)account;
- (BOOL)storeDeviceIdentifier:(NSString *)identifier;
- (BOOL)migrateLegacyItemsForService:(NSString *)service;
@end

@interface TPWallet : NSObject {
  NSMutableData *_vaultKey;
}
- (instancetype)initWithPin:(NSString *)pin salt:(NSData *)salt;
- (NSData *)sealTicket:(NSData *)ticket;
- (NSData *)demoTicketMac:(NSData *)ticket;
- (BOOL)acceptTicket:(NSData *)ticket signature:(NSData *)sig operatorKey:(NSData *)pk;
- (BOOL)graceCheckTicket:(NSData *)ticket signature:(NSData *)sig operatorKey:(NSData *)pk;
@end

@interface TPSession : NSObject {
  NSString *_storedHash;
  NSString *_role;
}
@property (nonatomic, copy) NSString *role;
- (instancetype)initWithStoredHash:(NSString *)stored;
- (BOOL)unlockWithPasscode:(NSString *)passcode;
- (BOOL)canInspect;
@end

@interface TPSync : NSObject {
  NSMutableData *_sessionKey;
}
@property (nonatomic, retain) NSMutableData *sessionKey;
- (BOOL)startSession;
- (NSData *)requestNonce;
@end

@interface TPDiagnostics : NSObject
- (BOOL)ticketIsValid:(NSData *)ticket signature:(NSData *)sig operatorKey:(NSData *)pk;
- (void)applyLogLevel;
@end

@interface TPExpiry : NSObject {
  NSString *_vaultPath;
  time_t _ticketExpiry;
  BOOL _valid;
}
@property (nonatomic, copy) NSString *vaultPath;
@property (nonatomic) time_t ticketExpiry;
@property (nonatomic) BOOL valid;
- (void)enforceRetention;
@end
