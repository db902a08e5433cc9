// vaultnotes: encrypted notes for the desktop (GNUstep), one vault per directory
#import <Foundation/Foundation.h>

#include <stddef.h>

// VNRandom.m
void VNSeedRandom(void);
void VNRandomBytes(void *buf, size_t n);

// VNTrace.m: developer trace, on when VAULTNOTES_TRACE is set
void vn_trace(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

@interface NSData (VNHex)
- (NSString *)vn_hexString;
@end

// VNSupport.m
extern NSString *const kVNSupportPassword;

@interface VNVault : NSObject
{
    NSString *_directory;
    NSMutableData *_vaultKey;
    BOOL _unlocked;
}
@property (nonatomic, copy) NSString *directory;
@property (nonatomic, retain) NSMutableData *vaultKey;
@property (nonatomic, assign, getter=isUnlocked) BOOL unlocked;

- (id)initWithDirectory:(NSString *)directory;
- (BOOL)createWithPassword:(NSString *)password;
- (BOOL)unlockWithPassword:(NSString *)password;
- (BOOL)rememberOnThisDevice;
- (BOOL)saveNote:(NSString *)text title:(NSString *)title;
- (BOOL)exportForWebViewer:(NSString *)path;
- (BOOL)exportSealed:(NSString *)path;
- (NSString *)importLegacyV1:(NSString *)path password:(NSString *)password;
@end
