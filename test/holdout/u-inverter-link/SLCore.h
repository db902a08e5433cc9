/* sunlinkd: the data logger daemon of a residential solar inverter's Wi-Fi
 * stick (local link to the inverter, cloud uplink, LAN discovery, pairing
 * with the owner's app). */
#import <Foundation/Foundation.h>

#include <gnutls/gnutls.h>
#include <stdint.h>

struct sl_cmd {
  uint8_t mac_addr[6]; /* the requester's hardware address, from the ARP table */
  uint16_t opcode;
  uint8_t body[256];
  size_t body_len;
  uint8_t signature[64];
};

@interface SLLocalLink : NSObject {
  gnutls_session_t _session;
  gnutls_certificate_credentials_t _cred;
}
- (BOOL)connectFd:(int)fd;
- (NSData *)readRegisters:(uint16_t)start count:(uint16_t)count;
@end

@interface SLCloudLink : NSObject {
  gnutls_session_t _session;
  gnutls_certificate_credentials_t _cred;
  NSString *_host;
}
- (id)initWithHost:(NSString *)host;
- (BOOL)connectFd:(int)fd;
- (NSData *)challengeNonce;
- (NSData *)uploadNonce;
@end

@interface SLFrameCrypt : NSObject
- (NSData *)sealFrame:(NSData *)frame;
- (NSData *)sealDiagnosticFrame:(NSData *)frame;
@end

@interface SLPairing : NSObject {
  NSData *_pairingKey;
  NSData *_ownerPublicKey;
}
- (BOOL)pairWithOwnerKey:(NSData *)ownerPublicKey;
- (NSData *)recoveryBlob;
- (BOOL)authorizeCommand:(const struct sl_cmd *)cmd;
@end

@interface SLDiscovery : NSObject {
  NSFileHandle *_udp;
  int _fd;
  BOOL _paired;
}
- (id)initWithFd:(int)fd;
- (void)setPaired:(BOOL)paired;
- (void)serviceOnce;
@end

@interface SLHousekeeping : NSObject
- (void)tick;
@end
