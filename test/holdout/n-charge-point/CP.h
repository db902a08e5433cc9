/* CP.h - charge point agent of the Voltaris DC-50 fast charger. */
#import <Foundation/Foundation.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

typedef struct {
  mbedtls_entropy_context entropy;
  mbedtls_ctr_drbg_context drbg;
  mbedtls_x509_crt ca;
  mbedtls_x509_crt own_cert;
  mbedtls_pk_context own_key;
} CPTLSContext;

/* CPKeys.m */
extern const unsigned char kCPLocalLinkKey[16];
extern NSString *const kCPVendorSecretNamespace;

/* CPTLS.m */
int CPTLSInit(CPTLSContext *t, const char *ca_path, const char *cert_path, const char *key_path);
int CPConfigureBackend(mbedtls_ssl_config *conf, CPTLSContext *t);
int CPConfigureLocalLink(mbedtls_ssl_config *conf, CPTLSContext *t);
int CPConfigureMaintenance(mbedtls_ssl_config *conf, CPTLSContext *t);

/* CPMaint.m */
void CPEraseFirmwareSlot(const char *slot);

@interface CPBackendLink : NSObject {
  CPTLSContext *_tls;
  mbedtls_ssl_config _conf;
  mbedtls_ssl_context _ssl;
  mbedtls_net_context _net;
  NSTimeInterval _lastHeartbeat;
  NSString *_host;
}
- (instancetype)initWithTLS:(CPTLSContext *)tls host:(NSString *)host;
- (BOOL)connect;
- (void)tick;
- (BOOL)authorizeRFID:(NSString *)rfidToken;
- (void)handleAction:(NSString *)action payload:(NSDictionary *)payload;
@end

@interface CPMaintenanceServer : NSObject {
  CPTLSContext *_tls;
  mbedtls_ssl_config _conf;
  BOOL _authenticated;
}
- (instancetype)initWithTLS:(CPTLSContext *)tls;
- (BOOL)authenticateSession:(mbedtls_ssl_context *)ssl pin:(NSString *)pin;
- (BOOL)verifyTechnicianPin:(NSString *)pin;
@end
