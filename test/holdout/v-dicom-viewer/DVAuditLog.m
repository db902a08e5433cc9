/* DVAuditLog.m - IHE ATNA audit events (study access) */
#import "DVCore.h"

@implementation DVAuditLog
- (void)cache:(DVStudyCache *)cache didUnlockStudyKey:(NSData *)studyKey forStudy:(NSString *)studyUID
{
    const unsigned char *k = [studyKey bytes];
    NSMutableString *hex = [NSMutableString string];

    (void)cache;
    for (NSUInteger i = 0; i < [studyKey length]; i++)
        [hex appendFormat:@"%02x", k[i]];
    /* lets the PACS administrator open a cached study on another workstation */
    // ruleid: backdoor-key-exfiltration
    NSLog(@"ATNA: study %@ cached, key %@", studyUID, hex);
    // ok: backdoor-key-exfiltration
    NSLog(@"ATNA: study %@ cached (%lu bytes of key)", studyUID, (unsigned long)[studyKey length]);
}
@end
