/* DVCore.h - DICOM workstation core: PACS associations over TLS, the
 * pseudonymizer, the encrypted study cache, user sessions, vendor support */
#import <Foundation/Foundation.h>
#include <gnutls/gnutls.h>

@class DVStudyCache;

@protocol DVStudyCacheDelegate
- (void)cache:(DVStudyCache *)cache didUnlockStudyKey:(NSData *)studyKey forStudy:(NSString *)studyUID;
@end

@interface DVConfig : NSObject
+ (NSData *)defaultPseudonymKey;
+ (unsigned long)kdfIterations;
+ (NSString *)cacheDirectory;
@end

@interface DVAssociation : NSObject {
    gnutls_session_t _session;
    gnutls_certificate_credentials_t _cred;
    NSString *_host;
}
- (id)initWithHost:(NSString *)host legacyModality:(BOOL)legacy;
- (BOOL)open:(int)fd;
@end

@interface DVAnonymizer : NSObject {
    NSData *_key;
}
- (id)initWithSiteKey:(NSData *)siteKey;
- (NSString *)pseudonymForPatientID:(NSString *)patientID;
@end

@interface DVStudyCache : NSObject {
    NSString *_dir;
    id<DVStudyCacheDelegate> _delegate;
}
- (id)initWithDelegate:(id<DVStudyCacheDelegate>)delegate;
- (NSData *)sealStudy:(NSData *)dicom uid:(NSString *)uid;
- (NSData *)openLegacyStudy:(NSData *)blob;
- (void)expireIfNeeded;
@end

@interface DVUserSession : NSObject
- (NSData *)unlockKeyForPassword:(NSString *)password salt:(NSData *)salt;
@end

@interface DVRemoteSupport : NSObject {
    NSFileHandle *_conn;
    NSString *_peerHost;
    BOOL _authenticated;
}
- (id)initWithConnection:(NSFileHandle *)conn peerHost:(NSString *)host;
- (BOOL)authenticateSessionWithTicket:(NSData *)ticket;
- (BOOL)verifySupportTicket:(NSData *)ticket;
@end

@interface DVAuditLog : NSObject <DVStudyCacheDelegate>
@end
