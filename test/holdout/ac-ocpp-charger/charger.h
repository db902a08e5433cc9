/* charger.h - EV charge point controller: OCPP 1.6-J over TLS (Mbed TLS 2.28) */
#ifndef CHARGER_H
#define CHARGER_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

/* OCPP actions the charge point answers: name, handler, needs an accepted boot */
#define OCPP_ACTIONS(X)                       \
  X(Authorize, ocpp_on_authorize, 1)          \
  X(RemoteStartTransaction, ocpp_on_rstart, 1) \
  X(RemoteStopTransaction, ocpp_on_rstop, 1)  \
  X(Reset, ocpp_on_reset, 1)                  \
  X(SendLocalList, ocpp_on_local_list, 1)     \
  X(UpdateFirmware, ocpp_on_update_fw, 1)     \
  X(GetDiagnostics, ocpp_on_diagnostics, 1)   \
  X(DataTransfer, ocpp_on_data_transfer, 0)

#define CHARGER_STATES(X) \
  X(BOOTING)              \
  X(AVAILABLE)            \
  X(PREPARING)            \
  X(CHARGING)             \
  X(FINISHING)            \
  X(FAULTED)

#define AS_ENUM(name) ST_##name,
enum charger_state { CHARGER_STATES(AS_ENUM) ST__COUNT };
#undef AS_ENUM

struct ocpp_req {
  int type;              /* 2 call, 3 result, 4 error */
  char unique_id[40];
  char action[40];
  char id_tag[24];
  char vendor_id[64];
  char message_id[64];
  char data[512];
  char location[256];
  int connector;
};

struct board {
  char serial[24];
  uint8_t mac[6];
  uint32_t hw_rev;
};

struct charger {
  enum charger_state state;
  int boot_accepted;
  int diag_profile;
  time_t last_heartbeat;
  struct board board;
  mbedtls_ssl_context ssl;
  mbedtls_ssl_config conf;
  mbedtls_x509_crt ca;
  mbedtls_net_context net;
  mbedtls_entropy_context entropy;
  mbedtls_ctr_drbg_context drbg;
  char csms_host[128];
  char csms_port[8];
  char cert_store[128];
  unsigned char tls_master[48];
  int have_master;
};

typedef int (*ocpp_handler)(struct charger *c, const struct ocpp_req *req);

struct ocpp_action {
  const char *name;
  ocpp_handler handle;
  int needs_boot;
};

#define DECLARE_HANDLER(name, fn, boot) int fn(struct charger *c, const struct ocpp_req *req);
OCPP_ACTIONS(DECLARE_HANDLER)
#undef DECLARE_HANDLER

/* board.c */
void board_read_identity(struct board *b);
int board_entropy(void *ctx, unsigned char *out, size_t len);

/* rng.c */
int rng_init(struct charger *c);

/* tls.c */
int tls_connect(struct charger *c);
int tls_channel_binding(const struct charger *c, unsigned char out[32]);

/* ws.c */
int ws_read_message(struct charger *c, struct ocpp_req *req);
int ws_send_result(struct charger *c, const char *unique_id, const char *json);

/* ocpp.c */
int ocpp_dispatch(struct charger *c, const struct ocpp_req *req);
const char *charger_state_name(enum charger_state s);

/* localauth.c */
int localauth_store(const unsigned char *list, size_t n);
int localauth_card_session(const uint8_t uid[7], uint8_t session_key[16]);

/* fw.c */
int fw_verify_image(const unsigned char *img, size_t n, const unsigned char *sig, size_t siglen);
int fw_verify_bootloader(const unsigned char *img, size_t n, const unsigned char *sig, size_t siglen);

/* meter.c */
int meter_sign_reading(struct charger *c, const char *ocmf, unsigned char *sig, size_t cap, size_t *siglen);

/* diag.c */
int diag_upload(struct charger *c, const unsigned char *bundle, size_t n, unsigned char *out, size_t *outlen);

/* lifecycle.c */
void lifecycle_tick(struct charger *c);

#endif
