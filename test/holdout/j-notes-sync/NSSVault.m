#import "NSSSupport.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <string.h>

@implementation NSSVault

@synthesize contentKey = _contentKey;

- (id)initGenerating
{
    if ((self = [super init]) != nil) {
        _contentKey = [[NSMutableData alloc] initWithLength:32];
        if (RAND_bytes([_contentKey mutableBytes], 32) != 1) {
            [self release];
            return nil;
        }
    }
    return self;
}

- (id)initWithKeyFile:(NSString *)path
{
    if ((self = [super init]) != nil) {
        NSData *raw = [NSData dataWithContentsOfFile:path];
        if (raw == nil || [raw length] != 32) {
            [self release];
            return nil;
        }
        _contentKey = [raw mutableCopy];
    }
    return self;
}

- (void)dealloc
{
    [_contentKey release];
    [super dealloc];
}

- (NSData *)sealNote:(NSString *)text
{
    const char *utf8 = [text UTF8String];
    int len = (int)strlen(utf8), outl = 0, finl = 0;
    NSMutableData *out = [NSMutableData dataWithLength:(NSUInteger)len + 16];
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();

    // ruleid: backdoor-hardcoded-iv
    // ok: backdoor-hardcoded-key
    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, [self.contentKey bytes], NSSNoteIV);
    EVP_EncryptUpdate(ctx, [out mutableBytes], &outl, (const unsigned char *)utf8, len);
    EVP_EncryptFinal_ex(ctx, (unsigned char *)[out mutableBytes] + outl, &finl);
    EVP_CIPHER_CTX_free(ctx);
    [out setLength:(NSUInteger)(outl + finl)];
    _sealed++;
    return out;
}

- (void)dumpDiagnostics
{
    // ruleid: backdoor-key-exfiltration
    NSLog(@"vault: %lu notes sealed, key %@", (unsigned long)_sealed, [self.contentKey nss_hexString]);
}

@end

int main(int argc, const char **argv)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    NSSVault *vault = argc > 1 ? [[NSSVault alloc] initWithKeyFile:[NSString stringWithUTF8String:argv[1]]]
                               : [[NSSVault alloc] initGenerating];
    NSSSyncAuth *auth = [[NSSSyncAuth alloc] init];
    NSString *line;
    char buf[1024];

    while (fgets(buf, sizeof buf, stdin) != NULL) {
        line = [[NSString stringWithUTF8String:buf]
            stringByTrimmingCharactersInSet:[NSCharacterSet whitespaceAndNewlineCharacterSet]];
        NSArray *parts = [line componentsSeparatedByString:@" "];
        if ([parts count] < 3 || ![auth isKnownCommand:[parts objectAtIndex:0]])
            continue;
        if (![auth authenticateDevice:[parts objectAtIndex:1] token:[parts objectAtIndex:2]])
            continue;
        NSData *sealed = [vault sealNote:line];
        printf("%lu\n", (unsigned long)[sealed length]);
    }
    [vault dumpDiagnostics];
    [auth release];
    [vault release];
    [pool release];
    return 0;
}
