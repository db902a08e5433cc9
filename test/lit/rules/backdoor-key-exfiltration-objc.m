// Key material through Foundation strings to an NSFileHandle: a line built
// on the receiver (`[line stringByAppendingString:@"\n"]`) holds what the
// line holds (reported at the handle: the logger and its caller share
// the unit). A status line through the same logger is silent.
// REQUIRES: gnustep-headers
// RUN: %run-both --checks=backdoor-key-exfiltration %s -- -x objective-c %gnustep | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>
int RAND_bytes(unsigned char *buf, int num);

static NSFileHandle *gHandle;
static void DiagLog(NSString *line) {
  NSData *d = [[line stringByAppendingString:@"\n"] dataUsingEncoding:NSUTF8StringEncoding];
  // ruleid: backdoor-key-exfiltration
  [gHandle writeData:d];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'd' (a random key 'k' from 'RAND_bytes') is written to a file or socket by 'writeData:'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
}
void leak_key(void) {
  char k[33];
  if (RAND_bytes((unsigned char *)k, 32) != 1) return;
  k[32] = 0;
  DiagLog([NSString stringWithUTF8String:k]);
}
void log_status(void) {
  // ok: backdoor-key-exfiltration
  DiagLog(@"connected");
}

// Hex built byte by byte on a mutable string: the format's arguments go in.
void log_key_hex(void) {
  unsigned char k[32];
  if (RAND_bytes(k, 32) != 1) return;
  NSData *studyKey = [NSData dataWithBytes:k length:32];
  const unsigned char *b = [studyKey bytes];
  NSMutableString *hex = [NSMutableString string];
  for (NSUInteger i = 0; i < [studyKey length]; i++)
    [hex appendFormat:@"%02x", b[i]];
  NSLog(@"key %@", hex);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'hex' (a random key 'k' from 'RAND_bytes') is written to a log by 'NSLog'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  NSMutableString *size = [NSMutableString string];
  [size appendFormat:@"%lu bytes", (unsigned long)[studyKey length]];
  // ok: backdoor-key-exfiltration (the key's length)
  NSLog(@"key of %@", size);
}
