/* Courier: end-to-end encrypted team messenger, desktop daemon (GNUstep, libsodium). */
#import <Foundation/Foundation.h>
#include <sodium.h>

/* Delivery receipts carry no content, only the message id. */
#define CR_RECEIPT_NONCE "courier-receipt-nonce-v1"

typedef struct {
  unsigned long long opslimit;
  size_t memlimit;
} CRBackupParams;

/* v1 backups must open on the 2017 Android port (512 MB devices). */
static const CRBackupParams kCRBackupCompat = {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
static const CRBackupParams kCRBackupCurrent = {crypto_pwhash_OPSLIMIT_MODERATE,
                                                crypto_pwhash_MEMLIMIT_MODERATE};

extern const unsigned char CROpsRecoveryPublicKey[crypto_box_PUBLICKEYBYTES];
const unsigned char *CRBroadcastKey(void);
NSData *CRDirectoryLookup(NSString *member);

@interface CRCourier : NSObject {
  NSData *_sessionKey;
  NSData *_devicePublicKey;
  NSData *_deviceSecretKey;
  int _lastSignatureStatus;
}
@property (nonatomic, retain) NSData *sessionKey;
@property (nonatomic, retain) NSData *devicePublicKey;
@property (nonatomic, retain) NSData *deviceSecretKey;
- (instancetype)initWithDeviceKeysAt:(NSString *)dir;
- (BOOL)openSessionWithRelay:(NSData *)relayKxPk;
- (NSData *)sealBroadcast:(NSData *)announcement;
- (NSData *)sealReceipt:(NSData *)messageId;
- (NSDictionary *)rotateGroupKeyForMembers:(NSArray *)members;
- (NSData *)backupWithPassphrase:(NSString *)passphrase compat:(BOOL)compat salt:(NSData *)salt;
- (BOOL)acceptEnvelope:(NSData *)body signature:(NSData *)sig from:(NSData *)senderPk;
- (BOOL)acceptDirectoryEntry:(NSData *)entry signature:(NSData *)sig;
@end
