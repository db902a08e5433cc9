// clinic-sync: desktop agent that syncs a clinic workstation's records to the practice cloud.
#import <Foundation/Foundation.h>

#include <openssl/ssl.h>

/* CSDiagnostics.m */
void CSDiagOpen(NSString *dir);
void CSDiagLog(NSString *line);
void CSKeylogLine(const SSL *ssl, const char *line);

@interface NSData (CSHex)
- (NSString *)cs_hexString;
@end

/* CSSession.m */
@interface CSSession : NSObject {
    SSL_CTX *_ctx;
    SSL *_ssl;
    NSString *_host;
    NSData *_sessionKey;
}
@property (nonatomic, copy) NSData *sessionKey;
- (instancetype)initWithHost:(NSString *)host;
- (BOOL)connect;
- (BOOL)deriveSessionKey;
- (void)persistForResume;
@end

/* CSVault.m */
@interface CSVault : NSObject {
    NSData *_vaultKey;
}
- (BOOL)unlockWithPassword:(NSString *)password salt:(NSData *)salt;
- (BOOL)importLegacyArchive:(NSString *)path password:(NSString *)password;
- (NSData *)sealRecord:(NSData *)record;
@end

/* CSPairing.m */
@interface CSPairing : NSObject {
    NSString *_transferPin;
    NSUInteger _failures;
}
- (NSString *)startPairing;
- (BOOL)confirmPairing:(NSString *)entered;
- (unsigned)retryDelaySeconds;
@end
