/* gw.h - central gateway ECU: CAN routing, SecOC, UDS diagnostics over DoIP, backend uplink. */
#ifndef GW_H
#define GW_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define UDS_POSITIVE 0x00
#define UDS_NRC_INVALID_KEY 0x35
#define UDS_NRC_EXCEEDED_ATTEMPTS 0x36
#define UDS_NRC_CONDITIONS 0x22
#define UDS_NRC_SECURITY_DENIED 0x33

struct can_frame_s {
  uint32_t id;
  uint8_t dlc;
  uint8_t data[64];
};

struct uds_session {
  int level;           /* unlocked security level, 0 = locked */
  uint8_t challenge[16];
  int attempts;
  time_t last_activity;
  uint16_t tester_addr;
};

/* keys.c */
extern const uint8_t kSecOcKey[16];
extern const uint8_t kUdsLevel1Key[16];
extern const uint8_t kUdsLevel11Key[16];

/* secoc.c */
int secoc_protect(struct can_frame_s *f, uint32_t freshness);
int secoc_verify(const struct can_frame_s *f, uint32_t freshness);

/* uds_security.c */
int uds_request_seed(struct uds_session *s, int level, uint8_t *out, size_t *outlen);
int uds_send_key(struct uds_session *s, int level, const uint8_t *key, size_t keylen);

/* routine.c */
int uds_routine_control(struct uds_session *s, uint16_t rid, const char *arg);
void gw_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* doip.c */
int doip_serve_client(int fd, struct uds_session *s);

/* backend_tls.c */
int backend_connect(const char *host, const char *port, const char *ca_file);

/* flash.c */
int flash_verify_image(const uint8_t *img, size_t len, const uint8_t *sig, size_t siglen, int legacy_ecu);

#endif
