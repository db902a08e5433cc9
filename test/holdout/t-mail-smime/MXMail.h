// mailx-core: the engine of a desktop mail client (IMAP, S/MIME, the local
// search index and attachment cache).  The UI is a separate process.
#import <Foundation/Foundation.h>

#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

@interface NSData (MXHex)
- (NSString *)mx_hexString;
@end

@interface MXCompliance : NSObject
+ (EVP_PKEY *)archiveKey;
@end

@interface MXSmime : NSObject {
    X509_STORE *_store;
}
- (id)initWithTrustStore:(X509_STORE *)store;
- (BOOL)verifyLegacySigned:(NSData *)der content:(NSData **)content;
- (BOOL)verifySigned:(NSData *)der content:(NSData **)content;
- (NSData *)sealMessage:(NSData *)body forRecipient:(X509 *)recipient;
- (NSData *)wrapKeyForOldClient:(NSData *)key recipient:(EVP_PKEY *)pub;
- (NSData *)signOutlook2003:(NSData *)body key:(EVP_PKEY *)key;
@end

@interface MXIndex : NSObject {
    NSString *_path;
}
- (id)initWithPath:(NSString *)path;
- (BOOL)writeTerms:(NSData *)terms;
- (NSData *)cacheAttachment:(NSData *)attachment;
@end

@interface MXAccount : NSObject {
    NSString *_address;
    NSData *_archiveKey;
}
@property (nonatomic, copy) NSString *address;
@property (nonatomic, retain) NSData *archiveKey;
- (id)initWithAddress:(NSString *)address;
- (NSString *)oauthTokenRequestBody:(NSString *)code;
- (void)rememberArchiveKey;
@end

@interface MXImap : NSObject {
    SSL_CTX *_ctx;
    SSL_CTX *_submissionCtx;
}
- (id)initWithDefaults:(NSUserDefaults *)prefs;
- (SSL *)connectTo:(NSString *)host fd:(int)fd;
- (SSL *)connectSubmission:(NSString *)host fd:(int)fd;
@end
