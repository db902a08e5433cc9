/*
 * MDMAgent.h - "fleetd", the device-management agent of a Mac fleet
 * product: a TLS command channel to the management server, disk recovery
 * keys escrowed to the customer's institution, enrollment secrets in the
 * keychain, and a trial licence.
 */
#import <Foundation/Foundation.h>

#include <openssl/evp.h>
#include <openssl/ssl.h>

@interface MDMEscrowAuthority : NSObject
+ (EVP_PKEY *)vendorKey;
+ (EVP_PKEY *)institutionKeyFromProfile:(NSData *)der;
@end

@interface MDMServerTrust : NSObject {
    BOOL _trusted;
    NSArray *_pins;
}
- (id)initWithPins:(NSArray *)pins;
- (BOOL)verifyServer:(SSL *)ssl;
- (BOOL)pinMatches:(X509 *)leaf;
@end

@interface MDMDiskKeyManager : NSObject {
    NSData *_institutionKeyDER;
    NSMutableArray *_uploads;
}
- (id)initWithInstitutionKey:(NSData *)der;
- (BOOL)rotateRecoveryKey;
- (NSArray *)pendingUploads;
@end

@interface MDMKeychain : NSObject
+ (BOOL)storeEnrollmentPassphrase:(NSString *)passphrase;
+ (BOOL)storeAgentToken:(NSString *)token;
@end

@interface MDMCommandChannel : NSObject {
    SSL_CTX *_ctx;
    SSL *_ssl;
    MDMServerTrust *_trust;
    EVP_PKEY *_commandKey;
    MDMDiskKeyManager *_disk;
}
- (id)initWithTrust:(MDMServerTrust *)trust commandKey:(EVP_PKEY *)key disk:(MDMDiskKeyManager *)disk;
- (BOOL)connectToHost:(NSString *)host port:(int)port;
- (void)runLoop;
- (BOOL)commandIsSigned:(NSString *)line;
@end

@interface MDMLicense : NSObject
+ (void)enforceTrialPeriod;
+ (BOOL)checkinOverdue:(time_t)lastCheckin;
@end

NSString *MDMNewUnlockPIN(void);
