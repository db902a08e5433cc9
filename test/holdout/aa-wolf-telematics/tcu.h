/* tcu-agent: telematics control unit of a fleet vehicle (wolfSSL uplink, event bus, FOTA). */
#ifndef TCU_H
#define TCU_H

#include <stddef.h>
#include <stdint.h>

#define TCU_VERB 16
#define TCU_ARG 192

enum tcu_event { EVT_CLOUD_CMD, EVT_IGNITION, EVT_FOTA_DONE, EVT_COUNT };

/* a command frame of the fleet backend */
struct tcu_cmd {
  char verb[TCU_VERB];
  char arg[TCU_ARG];
  unsigned char mac[32];         /* HMAC-SHA256 of verb '|' arg under the fleet key */
};

/* header in front of a FOTA image */
struct fota_header {
  char magic[4];                 /* "TCUF" */
  char variant[16];              /* "SERIES", "ENG-BENCH", ... */
  uint32_t version;
  uint32_t image_len;
  uint16_t sig_len;
};

struct tcu_seal_profile {
  const char *name;
  unsigned key_len;
  unsigned char iv[16];
};

struct tcu_config {
  char cloud_host[128];
  unsigned short cloud_port;
  char ca_file[256];
  char fleet_key_file[256];
  char device_key_file[256];
  char vin[18];
};

typedef void (*tcu_handler)(void *ctx, const void *event);

/* bus.c */
int  bus_subscribe(enum tcu_event evt, tcu_handler fn, void *ctx);
void bus_publish(enum tcu_event evt, const void *event);

/* cloud.c */
int  cloud_run(const struct tcu_config *cfg);

/* cmd.c */
void cmd_on_cloud(void *ctx, const void *event);
void cmd_on_ignition(void *ctx, const void *event);

/* auth.c */
int  auth_load_fleet_key(const char *path);
int  verify_cmd_mac(const struct tcu_cmd *cmd);

/* diag.c */
struct WOLFSSL;
int  diag_tls13_secret(struct WOLFSSL *ssl, int id, const unsigned char *secret, int secret_len, void *ctx);
int  diag_console_login(const char *user, const char *password);
int  diag_service_unlock(const char *code);

/* fota.c */
int  fota_install(const unsigned char *blob, size_t len);

/* store.c */
void store_wipe_credentials(void);
int  store_seal_trip(const unsigned char *key, const unsigned char *in, size_t n, unsigned char *out);
int  store_make_identity(const char *key_path);
int  run_diagnostic(const char *what);

extern const struct tcu_seal_profile tcu_trip_profile;

#endif
