#import <Foundation/Foundation.h>

@interface QSUploader : NSObject {
  NSData *_receiptKey;
  NSString *_intakeURL;
}
- (id)initWithProjectToken:(NSData *)token intakeURL:(NSString *)url;
- (NSData *)packageForUpload:(NSArray *)sealedRecords;
- (BOOL)verifyManifest:(NSData *)manifest signature:(NSData *)signature;
- (BOOL)acceptReceipt:(NSData *)receipt tag:(NSData *)tag;
- (BOOL)acceptAck:(NSData *)ack tag:(NSData *)tag;
@end
