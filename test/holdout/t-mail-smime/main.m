// mailx-core: the engine process the UI talks to.
#import "MXMail.h"

#include <openssl/x509_vfy.h>

int main(int argc, char **argv)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    NSString *address = argc > 1 ? [NSString stringWithUTF8String:argv[1]] : @"user@mail.example";
    MXAccount *account = [[MXAccount alloc] initWithAddress:address];
    X509_STORE *store = X509_STORE_new();
    MXSmime *smime;
    MXIndex *index;
    MXImap *imap;

    X509_STORE_set_default_paths(store);
    smime = [[MXSmime alloc] initWithTrustStore:store];
    index = [[MXIndex alloc] initWithPath:[NSHomeDirectory() stringByAppendingPathComponent:@".mailx"]];
    imap = [[MXImap alloc] initWithDefaults:[NSUserDefaults standardUserDefaults]];

    [account rememberArchiveKey];
    [index writeTerms:[@"hello world" dataUsingEncoding:NSUTF8StringEncoding]];
    // ok: backdoor-key-exfiltration
    NSLog(@"mailx: ready for %@ (%@)", [account address], [account oauthTokenRequestBody:@"pending"] != nil ? @"oauth" : @"password");

    [imap release];
    [index release];
    [smime release];
    [account release];
    X509_STORE_free(store);
    [pool drain];
    return 0;
}
