/* LiftLink Field: app core of the technicians' tablet app (elevator
 * controllers on the service port, fault logs, sync with the vendor cloud). */
#import <Foundation/Foundation.h>
#include <gnutls/gnutls.h>

@class LLSyncEngine;

@protocol LLSyncDelegate <NSObject>
- (void)syncEngine:(LLSyncEngine *)engine didEstablishSessionKey:(NSData *)sessionKey;
- (void)syncEngine:(LLSyncEngine *)engine didFailWithError:(NSString *)reason;
@end

@interface NSString (LLCodes)
- (BOOL)ll_isEqualToCode:(NSString *)code;
- (NSString *)ll_normalizedSerial;
@end

@interface NSData (LLHex)
- (NSString *)ll_hexString;
@end

/* build-wide defaults (LLDefaults.m) */
@interface LLDefaults : NSObject
+ (NSData *)tagTokenKey;
+ (unsigned long)reportKdfIterations;
+ (unsigned long)vaultKdfIterations;
+ (NSString *)cloudHost;
@end

@interface LLCrypto : NSObject
+ (NSString *)tagTokenForAsset:(NSString *)assetSerial;
+ (NSData *)reportKeyForPIN:(NSString *)pin salt:(NSData *)salt;
+ (NSData *)vaultKeyForPassphrase:(NSString *)passphrase salt:(NSData *)salt;
+ (NSData *)randomKey;
+ (NSString *)fingerprintOf:(NSData *)key;
@end

@interface LLKeyStore : NSObject
- (BOOL)storePairingKey:(NSData *)key forController:(NSString *)serial;
- (BOOL)storeCloudToken:(NSData *)token account:(NSString *)account;
- (BOOL)migrateLegacyItems;
@end

@interface LLSyncEngine : NSObject {
	id<LLSyncDelegate> _delegate;
	gnutls_session_t _session;
	gnutls_certificate_credentials_t _cred;
	NSData *_sessionKey;
}
- (id<LLSyncDelegate>)delegate;
- (void)setDelegate:(id<LLSyncDelegate>)delegate;
- (BOOL)connectToHost:(NSString *)host port:(unsigned short)port;
- (BOOL)startSession;
@end

@interface LLControllerLink : NSObject {
	NSString *_peerHost;
	NSString *_controllerSerial;
	BOOL _maintenanceMode;
}
- (instancetype)initWithPeerHost:(NSString *)host serial:(NSString *)serial;
- (BOOL)authorizeTechnician:(NSString *)ticket;
- (BOOL)verifyTechnicianTicket:(NSString *)ticket;
- (BOOL)isTrainingBench;
- (BOOL)unlockMaintenanceWithPasscode:(NSString *)passcode;
@end

@interface LLSession : NSObject <LLSyncDelegate> {
	LLSyncEngine *_sync;
	LLKeyStore *_keys;
	NSString *_dataDir;
	NSTimeInterval _lastSync;
}
- (instancetype)initWithDataDirectory:(NSString *)dir;
- (void)housekeeping;
- (NSString *)keyStorePath;
@end
