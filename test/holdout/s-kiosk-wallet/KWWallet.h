/* CoinKiosk: the wallet app of a cash-to-crypto kiosk (GNUstep). A customer
 * gets a fresh wallet, a printed backup slip and a PIN; the kiosk talks to
 * the operator's node over TLS and installs signed updates. */
#import <Foundation/Foundation.h>
#include <gnutls/gnutls.h>

@interface NSData (KWHex)
- (NSString *)kw_hexString;
- (NSString *)kw_shortId;
@end

/* KWVendor.m */
@interface KWVendor : NSObject
+ (NSData *)recoveryPublicKey;
+ (NSData *)updatePublicKey;
@end

/* KWPrinter.m */
@interface KWPrinter : NSObject {
  NSFileHandle *_port;
}
- (id)initWithHost:(NSString *)host port:(unsigned short)port;
- (void)printLine:(NSString *)line;
@end

/* KWWallet.m */
@interface KWWallet : NSObject {
  NSData *_masterKey;
  NSData *_seed;
  KWPrinter *_printer;
}
@property (nonatomic, retain) NSData *masterKey;
- (id)initWithPrinter:(KWPrinter *)printer;
- (BOOL)createWithPassphrase:(NSString *)passphrase;
- (NSData *)escrowForRecovery;
- (NSData *)sealSeedForBackupKey:(NSData *)customerPublicKey;
- (NSData *)pinKeyForPin:(NSString *)pin salt:(NSData *)salt;
- (NSData *)fileKeyForPassphrase:(NSString *)passphrase salt:(NSData *)salt;
- (NSData *)sealWalletFile:(NSData *)plain;
- (NSString *)issueRedeemToken;
- (void)printBackupSlip;
@end

/* KWNode.m */
@interface KWNode : NSObject {
  gnutls_certificate_credentials_t _cred;
  NSString *_host;
}
- (id)initWithHost:(NSString *)host;
- (BOOL)connectAndSend:(NSData *)payload;
- (BOOL)verifyUpdate:(NSData *)image signature:(NSData *)sig deviceSerial:(NSString *)deviceSerial;
@end
