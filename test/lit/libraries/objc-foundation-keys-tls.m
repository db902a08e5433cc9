// Objective-C with Foundation: key material carried in NSData and its
// base64 text to NSLog, and the TLS versions of NSURLSessionConfiguration
// (TLSMinimumSupportedProtocolVersion, the older TLSMinimumSupportedProtocol)
// set by property or by message.
// REQUIRES: gnustep-headers
// RUN: %run-both --checks=backdoor-key-exfiltration,backdoor-weak-tls %s -- -x objective-c -fblocks %gnustep %mock-apple | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: objc-foundation key-sources
// coverage: objc-foundation escrow
// coverage: objc-foundation tls-versions
#import <Foundation/Foundation.h>
#include <Security/Security.h>
#include <mock/AppleURLSessionConfiguration.h>

@interface SyncClient : NSObject
- (NSData *)newSessionKey;
- (NSData *)newLoggedSessionKey;
- (void)logUpload:(NSData *)ciphertext;
- (NSURLSessionConfiguration *)legacyConfiguration;
- (NSURLSessionConfiguration *)oldServerConfiguration;
- (NSURLSessionConfiguration *)cappedConfiguration;
- (NSURLSessionConfiguration *)modernConfiguration;
@end

@implementation SyncClient
- (NSData *)newSessionKey {
  uint8_t sessionKey[32];
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof sessionKey, sessionKey) != errSecSuccess) return nil;
  NSData *keyData = [NSData dataWithBytes:sessionKey length:sizeof sessionKey];
  NSString *encoded = [keyData base64EncodedStringWithOptions:0];
  // ruleid: backdoor-key-exfiltration
  NSLog(@"sync key: %@", encoded);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'encoded' (a random key 'sessionKey' from 'SecRandomCopyBytes') is written to a log by 'NSLog'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-6]]:7: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-6]]:21: note: value defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:23: note: value defined here
  return keyData;
}

- (NSData *)newLoggedSessionKey {
  uint8_t dataKey[32];
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof dataKey, dataKey) != errSecSuccess) return nil;
  NSData *keyData = [[NSData alloc] initWithBytes:dataKey length:sizeof dataKey];
  // ruleid: backdoor-key-exfiltration
  NSLog(@"generated %@", keyData);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'keyData' (a random key 'dataKey' from 'SecRandomCopyBytes') is written to a log by 'NSLog'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: value defined here
  return keyData;
}

- (void)logUpload:(NSData *)ciphertext {
  // ok: backdoor-key-exfiltration
  NSLog(@"uploading %@", [ciphertext base64EncodedStringWithOptions:0]);
}

- (NSURLSessionConfiguration *)legacyConfiguration {
  NSURLSessionConfiguration *config = [NSURLSessionConfiguration defaultSessionConfiguration];
  // ruleid: backdoor-weak-tls
  config.TLSMinimumSupportedProtocolVersion = tls_protocol_version_TLSv10;
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 'tls_protocol_version_TLSv10' allows a deprecated protocol version as the minimum [backdoor-weak-tls]
  return config;
}

- (NSURLSessionConfiguration *)oldServerConfiguration {
  NSURLSessionConfiguration *config = [NSURLSessionConfiguration ephemeralSessionConfiguration];
  // ruleid: backdoor-weak-tls
  [config setTLSMinimumSupportedProtocol:kTLSProtocol1];
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 'kTLSProtocol1' allows a deprecated protocol version as the minimum [backdoor-weak-tls]
  return config;
}

- (NSURLSessionConfiguration *)cappedConfiguration {
  NSURLSessionConfiguration *config = [NSURLSessionConfiguration defaultSessionConfiguration];
  // ruleid: backdoor-weak-tls
  config.TLSMaximumSupportedProtocolVersion = tls_protocol_version_TLSv11;
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 'tls_protocol_version_TLSv11' caps the connection at a deprecated protocol version [backdoor-weak-tls]
  return config;
}

- (NSURLSessionConfiguration *)modernConfiguration {
  NSURLSessionConfiguration *config = [NSURLSessionConfiguration defaultSessionConfiguration];
  // ok: backdoor-weak-tls
  config.TLSMinimumSupportedProtocolVersion = tls_protocol_version_TLSv12;
  // ok: backdoor-weak-tls
  config.TLSMaximumSupportedProtocolVersion = tls_protocol_version_TLSv13;
  return config;
}
@end

// Message sends that are sinks: files (the receiver's bytes), handles and
// streams, the user defaults' plain property list, request bodies.
@interface KeyVault : NSObject
- (void)backup;
- (void)stream:(NSOutputStream *)out;
- (void)remember;
- (void)hand:(NSFileHandle *)fh;
- (void)upload:(NSMutableURLRequest *)req;
- (void)saveTo:(NSString *)path;
- (void)uploadSealed:(NSFileHandle *)fh sealed:(NSData *)ciphertext;
@end

@implementation KeyVault
- (void)backup {
  uint8_t k[32];
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof k, k) != errSecSuccess) return;
  NSData *keyData = [NSData dataWithBytes:k length:sizeof k];
  // ruleid: backdoor-key-exfiltration
  [keyData writeToFile:@"/tmp/backup.key" atomically:YES];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'keyData' (a random key 'k' from 'SecRandomCopyBytes') is written to a file by 'writeToFile:atomically:'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: value defined here
}
- (void)stream:(NSOutputStream *)out {
  uint8_t k[32];
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof k, k) != errSecSuccess) return;
  // ruleid: backdoor-key-exfiltration
  [out write:k maxLength:sizeof k];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'k' (a random key from 'SecRandomCopyBytes') is written to a file or socket by 'write:maxLength:'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: key material produced here
}
- (void)remember {
  uint8_t k[32];
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof k, k) != errSecSuccess) return;
  NSData *keyData = [NSData dataWithBytes:k length:sizeof k];
  // ruleid: backdoor-key-exfiltration
  [[NSUserDefaults standardUserDefaults] setObject:keyData forKey:@"k"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'keyData' (a random key 'k' from 'SecRandomCopyBytes') is written to a file by 'setObject:forKey:'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: value defined here
  // ok: backdoor-key-exfiltration
  [[NSUserDefaults standardUserDefaults] setObject:@"dark" forKey:@"theme"];
}
- (void)hand:(NSFileHandle *)fh {
  uint8_t k[32];
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof k, k) != errSecSuccess) return;
  NSData *keyData = [NSData dataWithBytes:k length:sizeof k];
  // ruleid: backdoor-key-exfiltration
  [fh writeData:keyData];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'keyData' (a random key 'k' from 'SecRandomCopyBytes') is written to a file or socket by 'writeData:'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: value defined here
}
- (void)upload:(NSMutableURLRequest *)req {
  uint8_t k[32];
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof k, k) != errSecSuccess) return;
  NSData *keyData = [NSData dataWithBytes:k length:sizeof k];
  // ruleid: backdoor-key-exfiltration
  [req setHTTPBody:keyData];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'keyData' (a random key 'k' from 'SecRandomCopyBytes') is sent over the network by 'setHTTPBody:'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: value defined here
}
- (void)saveTo:(NSString *)path {
  // The user's own key file, at the path the caller chose: where its owner keeps it.
  uint8_t k[32];
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof k, k) != errSecSuccess) return;
  NSData *keyData = [NSData dataWithBytes:k length:sizeof k];
  // ok: backdoor-key-exfiltration
  [keyData writeToFile:path atomically:YES];
}
- (void)uploadSealed:(NSFileHandle *)fh sealed:(NSData *)ciphertext {
  // ok: backdoor-key-exfiltration
  [fh writeData:ciphertext];
  // ok: backdoor-key-exfiltration
  [ciphertext writeToFile:@"/tmp/blob" atomically:YES];
}
@end
