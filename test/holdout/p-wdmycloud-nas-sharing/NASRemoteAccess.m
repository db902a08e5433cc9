/*
 * NASRemoteAccess.m - registration of the device with the vendor's relay
 * service (remote access from the mobile apps) and the dashboard's
 * connectivity check.
 */
#import <Foundation/Foundation.h>

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <string.h>

#define RELAY_BASE "https://relay.mycloud-remote.example.com/api/1.0/rest"

// ruleid: backdoor-secret-literal
static NSString *const kRelayDeviceSecret = @"zeNIjh15kIZZQtTEEt8zLo5ptWeVAMR7JrOtITDP";

@interface NASRemoteAccess : NSObject {
  NSString *_deviceId;
  NSUserDefaults *_prefs;
}
- (id)initWithDeviceId:(NSString *)deviceId;
- (BOOL)registerDevice;
- (BOOL)checkDashboard:(NSString *)url;
@end

static size_t DiscardBody(char *ptr, size_t size, size_t nmemb, void *userdata)
{
  (void)ptr;
  (void)userdata;
  return size * nmemb;
}

@implementation NASRemoteAccess

- (id)initWithDeviceId:(NSString *)deviceId
{
  if ((self = [super init]) != nil) {
    _deviceId = [deviceId copy];
    _prefs = [[NSUserDefaults standardUserDefaults] retain];
  }
  return self;
}

- (void)dealloc
{
  [_deviceId release];
  [_prefs release];
  [super dealloc];
}

- (NSString *)authHeaderAt:(long)now
{
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int maclen = 0;
  const char *secret = [kRelayDeviceSecret UTF8String];
  NSString *msg = [NSString stringWithFormat:@"%@:%ld", _deviceId, now];
  const char *m = [msg UTF8String];
  NSMutableString *hex = [NSMutableString string];
  unsigned int i;

  // ruleid: backdoor-hardcoded-key
  HMAC(EVP_sha256(), secret, (int)strlen(secret), (const unsigned char *)m, strlen(m), mac, &maclen);
  for (i = 0; i < maclen; i++)
    [hex appendFormat:@"%02x", mac[i]];
  return [NSString stringWithFormat:@"X-Device-Auth: %@:%ld:%@", _deviceId, now, hex];
}

- (BOOL)registerDevice
{
  CURL *h = curl_easy_init();
  struct curl_slist *hdrs = NULL;
  NSString *body = [NSString stringWithFormat:@"{\"device_id\":\"%@\",\"fw\":\"2.30.165\"}", _deviceId];
  long code = 0;
  CURLcode rc;

  if (!h)
    return NO;
  hdrs = curl_slist_append(hdrs, "Content-Type: application/json");
  hdrs = curl_slist_append(hdrs, [[self authHeaderAt:(long)time(NULL)] UTF8String]);
  curl_easy_setopt(h, CURLOPT_URL, RELAY_BASE "/relay_server");
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, [body UTF8String]);
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 20L);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, DiscardBody);
  rc = curl_easy_perform(h);
  if (rc == CURLE_OK)
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
  curl_slist_free_all(hdrs);
  curl_easy_cleanup(h);
  return rc == CURLE_OK && code == 200;
}

/* "Cloud Access" page: can the device reach the URL the admin entered? */
- (BOOL)checkDashboard:(NSString *)url
{
  CURL *h = curl_easy_init();
  CURLcode rc;

  if (!h)
    return NO;
  curl_easy_setopt(h, CURLOPT_URL, [url UTF8String]);
  curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 10L);
  if ([_prefs boolForKey:@"AllowSelfSignedDashboard"])
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
  rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  return rc == CURLE_OK;
}
@end

BOOL NASRegisterRemoteAccess(NSString *deviceId)
{
  NASRemoteAccess *ra = [[NASRemoteAccess alloc] initWithDeviceId:deviceId];
  BOOL ok = [ra registerDevice];
  [ra release];
  return ok;
}

BOOL NASCheckDashboard(NSString *url)
{
  NASRemoteAccess *ra = [[NASRemoteAccess alloc] initWithDeviceId:@"local"];
  BOOL ok = [ra checkDashboard:url];
  [ra release];
  return ok;
}
