/*
 * CRUploader.m - uploads sealed items to the user's storage (WebDAV on a
 * NAS or the Camroll cloud). Self-hosted NAS users may switch certificate
 * checks off in the settings.
 */
#import "CRBackup.h"

#include <curl/curl.h>

@implementation CRUploader

- (BOOL)upload:(NSData *)blob name:(NSString *)name user:(NSString *)user password:(NSString *)password
{
    NSUserDefaults *defaults = [NSUserDefaults standardUserDefaults];
    NSString *base = [defaults stringForKey:@"StorageURL"];
    NSString *url;
    NSString *userpwd = [NSString stringWithFormat:@"%@:%@", user, password];
    CURL *h;
    CURLcode rc;

    if (base == nil)
        base = @"https://storage.camroll.example/dav";
    url = [NSString stringWithFormat:@"%@/%@", base, name];
    if ((h = curl_easy_init()) == NULL)
        return NO;
    curl_easy_setopt(h, CURLOPT_URL, [url UTF8String]);
    // ok: backdoor-magic-credential
    curl_easy_setopt(h, CURLOPT_USERPWD, [userpwd UTF8String]);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)[blob length]);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "PUT");
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, [blob bytes]);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, [defaults boolForKey:@"SkipCertificateCheck"] ? 0L : 1L);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    // ok: backdoor-weak-tls
    curl_easy_setopt(h, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
    rc = curl_easy_perform(h);
    curl_easy_cleanup(h);
    return rc == CURLE_OK;
}

@end
