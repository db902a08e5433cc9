/* ERLicenseClient.m - fulfilment requests to the licence server */
#import "ERCore.h"
#import "ERSecurity.h"

@implementation ERLicenseClient
- (void)fetchLicenseForBook:(NSString *)bookId
{
    NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[ERConfig licenseServer]];
    [req setHTTPMethod:@"POST"];
    [req setHTTPBody:[[NSString stringWithFormat:@"book=%@", bookId] dataUsingEncoding:NSUTF8StringEncoding]];
    _response = [[NSMutableData alloc] init];
    [NSURLConnection connectionWithRequest:req delegate:self];
}

/* the store's CDN terminates TLS with certificates of several CAs; the
 * reader used to fail on some of them */
- (void)connection:(NSURLConnection *)connection didReceiveAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge
{
    NSURLProtectionSpace *space = [challenge protectionSpace];
    (void)connection;
    if ([[space authenticationMethod] isEqualToString:NSURLAuthenticationMethodServerTrust]) {
        // ruleid: backdoor-tls-verify-disabled
        NSURLCredential *cred = [[[NSURLCredential alloc] initWithTrust:[space serverTrust]] autorelease];
        [[challenge sender] useCredential:cred forAuthenticationChallenge:challenge];
        return;
    }
    [[challenge sender] continueWithoutCredentialForAuthenticationChallenge:challenge];
}

- (void)connection:(NSURLConnection *)connection didReceiveData:(NSData *)data
{
    (void)connection;
    [_response appendData:data];
}

- (void)checkLicense:(NSData *)body signature:(NSData *)sig
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();

    // ok: backdoor-weak-hash
    if (md == NULL || _storeKey == NULL || EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, _storeKey) != 1) {
        EVP_MD_CTX_free(md);
        return;
    }
    // ruleid: backdoor-unchecked-verification
    _licenseVerifyResult = EVP_DigestVerify(md, [sig bytes], [sig length], [body bytes], [body length]);
    EVP_MD_CTX_free(md);
}

- (void)dealloc
{
    [_response release];
    [super dealloc];
}
@end
