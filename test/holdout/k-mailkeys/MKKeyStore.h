/* mailkeysd: keeps the per-mailbox encryption key of a desktop mail client
 * and shares it with the user's other devices (S/MIME-style key transport). */
#import <Foundation/Foundation.h>
#include <openssl/evp.h>

@interface MKKeyStore : NSObject {
  NSString *_account;
  NSMutableData *_mailboxKey;
}

@property (nonatomic, copy) NSString *account;
@property (nonatomic, retain) NSMutableData *mailboxKey;

- (instancetype)initWithAccount:(NSString *)account;
/* The key wrapped (RSA-OAEP) for a device certificate the user picked. */
- (NSData *)wrapForDeviceCertificate:(NSString *)path;
/* Attached to every key transport message. */
- (NSData *)recoveryEnvelope;
- (NSString *)keyFingerprint;
- (void)backupToDefaults;
- (NSData *)sealMessage:(NSData *)plain;
@end

@interface NSData (MKHex)
- (NSString *)mk_hexString;
@end

/* MKSupport.m */
EVP_PKEY *MKLoadRecoveryKey(void);
EVP_PKEY_CTX *MKOAEPContext(EVP_PKEY *pkey);
