// lab-analyzer: host link and result store of a clinical chemistry analyzer (ASTM E1394 over TCP).
#import <Foundation/Foundation.h>

#include <sodium.h>

/* LAKeys.m */
extern NSString *const kLAResultSealKeyHex;
extern NSString *const kLASupportPortalURL;

@interface NSString (LAHex)
- (NSData *)la_hexData;
@end

/* LAResults.m */
@interface LAResultStore : NSObject {
    NSString *_directory;
}
- (instancetype)initWithDirectory:(NSString *)dir;
- (BOOL)storeResult:(NSData *)astmRecord sampleId:(NSString *)sampleId;
- (BOOL)checkOperatorPin:(NSString *)pin;
@end

/* LAMaint.m */
@interface LAMaintenance : NSObject {
    NSTimeInterval _lastQC;
}
- (void)assayCompleted;
- (void)housekeeping;
@end

/* LALink.m */
@interface LALink : NSObject {
    BOOL _linkAuthenticated;
    NSMutableString *_pending;
    LAResultStore *_store;
    LAMaintenance *_maint;
    unsigned char _linkKey[crypto_auth_KEYBYTES];
}
- (instancetype)initWithStore:(LAResultStore *)store maintenance:(LAMaintenance *)maint;
- (BOOL)authenticateConnection:(int)fd token:(NSData *)token;
- (void)serveConnection:(NSFileHandle *)fh;
@end
