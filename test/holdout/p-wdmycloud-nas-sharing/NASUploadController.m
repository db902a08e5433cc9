/*
 * NASUploadController.m - multi_uploadify.cgi: file upload of the web
 * file manager into a share, with thumbnails for photos.
 */
#import "NASAuth.h"
#import "NASRequest.h"

#include <stdlib.h>

@interface NASUploadController : NSObject
- (void)handle:(NASRequest *)req;
@end

@implementation NASUploadController

- (BOOL)isInsideShares:(NSString *)path
{
  NSString *std = [path stringByStandardizingPath];
  return [std hasPrefix:@"/mnt/HD/HD_a2/"] || [std hasPrefix:@"/mnt/USB/"];
}

- (void)makeThumbnailFor:(NSString *)dest
{
  NSString *thumbDir = [[dest stringByDeletingLastPathComponent] stringByAppendingPathComponent:@".wdmc"];
  NSString *thumb = [thumbDir stringByAppendingPathComponent:[[dest lastPathComponent] stringByAppendingString:@".tmb.jpg"]];
  NSArray *args = [NSArray arrayWithObjects:@"-thumbnail", @"320x240", dest, thumb, nil];

  [[NSFileManager defaultManager] createDirectoryAtPath:thumbDir withIntermediateDirectories:YES attributes:nil error:NULL];
  [NSTask launchedTaskWithLaunchPath:@"/usr/bin/convert" arguments:args];
}

- (void)handle:(NASRequest *)req
{
  NSFileManager *fm = [NSFileManager defaultManager];
  NSString *folder, *name, *dest, *tmp;

  if (![[NASAuth sharedAuth] authenticateRequest:req]) {
    NASReply(401, @"text/plain", @"Unauthorized\n");
    return;
  }
  folder = [req param:@"folder"];
  name = [[req uploadName] lastPathComponent];
  if ([folder length] == 0 || [name length] == 0 || [req uploadData] == nil) {
    NASReply(400, @"text/plain", @"missing folder or file\n");
    return;
  }
  dest = [folder stringByAppendingPathComponent:name];
  if (![self isInsideShares:dest]) {
    NASReply(403, @"text/plain", @"not a share\n");
    return;
  }

  // ok: backdoor-predictable-random
  tmp = [NSString stringWithFormat:@"/tmp/upload_%05ld.part", random() % 100000];
  if (![[req uploadData] writeToFile:tmp atomically:NO]) {
    NASReply(500, @"text/plain", @"write failed\n");
    return;
  }
  [fm removeItemAtPath:dest error:NULL];
  if (![fm moveItemAtPath:tmp toPath:dest error:NULL]) {
    [fm removeItemAtPath:tmp error:NULL];
    NASReply(500, @"text/plain", @"move failed\n");
    return;
  }

  // ok: backdoor-input-trigger
  if ([[[name pathExtension] lowercaseString] isEqualToString:@"jpg"])
    [self makeThumbnailFor:dest];
  NASReply(200, @"application/json", @"{\"success\":1}\n");
}
@end

void NASHandleUpload(NASRequest *req)
{
  NASUploadController *c = [[NASUploadController alloc] init];
  [c handle:req];
  [c release];
}
