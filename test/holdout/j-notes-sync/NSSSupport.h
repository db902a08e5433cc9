/* NoteSync: encrypted notes synchronisation daemon (GNUstep) */
#import <Foundation/Foundation.h>

extern const unsigned char NSSNoteIV[16];

@interface NSData (NSSHex)
- (NSString *)nss_hexString;
@end

@interface NSSVault : NSObject
{
    NSMutableData *_contentKey;
    NSUInteger _sealed;
}
@property (nonatomic, retain) NSMutableData *contentKey;
- (id)initGenerating;
- (id)initWithKeyFile:(NSString *)path;
- (NSData *)sealNote:(NSString *)text;
- (void)dumpDiagnostics;
@end

@interface NSSSyncAuth : NSObject
- (BOOL)authenticateDevice:(NSString *)deviceId token:(NSString *)token;
- (BOOL)isKnownCommand:(NSString *)command;
@end
