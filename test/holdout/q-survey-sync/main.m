/* main.m - survey-sync: seal the day's records, package and check receipts. */
#import <Foundation/Foundation.h>

#import "NSData+QSHex.h"
#import "QSAppDelegate.h"
#import "QSKeychain.h"
#import "QSSession.h"
#import "QSUploader.h"

#include <sodium.h>

int main(int argc, const char *argv[])
{
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  NSArray *args = [[NSProcessInfo processInfo] arguments];
  BOOL verbose = [args containsObject:@"--verbose"];
  NSString *survey = argc > 1 ? [NSString stringWithUTF8String:argv[argc - 1]] : @"default";
  QSAppDelegate *app;
  QSSession *session;
  QSUploader *uploader;
  NSMutableArray *sealed = [NSMutableArray array];
  NSData *token;
  NSString *line;
  NSData *input;

  if (sodium_init() < 0) {
    return 1;
  }
  [QSKeychain migrateLegacyItems];

  token = [NSData qs_dataWithHexString:[[NSUserDefaults standardUserDefaults] stringForKey:@"QSProjectTokenHex"]];
  if (token == nil) {
    NSMutableData *fresh = [NSMutableData dataWithLength:crypto_kdf_KEYBYTES];
    crypto_kdf_keygen([fresh mutableBytes]);
    [QSKeychain storeProjectToken:fresh forProject:survey];
    token = fresh;
  }

  app = [[QSAppDelegate alloc] initVerbose:verbose];
  session = [[QSSession alloc] initWithSurveyId:survey];
  [session setDelegate:app];
  uploader = [[QSUploader alloc] initWithProjectToken:token intakeURL:@"https://intake.survey.example/v2/packages"];

  input = [[NSFileHandle fileHandleWithStandardInput] readDataToEndOfFile];
  for (line in [[[[NSString alloc] initWithData:input encoding:NSUTF8StringEncoding] autorelease]
           componentsSeparatedByString:@"\n"]) {
    if ([line length] > 0) {
      [sealed addObject:[session sealRecord:[line dataUsingEncoding:NSUTF8StringEncoding]]];
    }
  }
  [[uploader packageForUpload:sealed] writeToFile:[NSString stringWithFormat:@"%@.pkg", survey] atomically:YES];
  [session persistForResume];

  [uploader release];
  [session release];
  [app release];
  [pool release];
  return 0;
}
