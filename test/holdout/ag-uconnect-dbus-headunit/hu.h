/* hu-services: D-Bus services of an infotainment head unit */
#ifndef HU_H
#define HU_H
#include <dbus/dbus.h>
#include <stddef.h>
#include <stdint.h>

struct hu_request {
  DBusConnection *conn;
  DBusMessage *msg;
  const char *member;
  const char *arg;      /* first string argument, when the method takes one */
  const char *sender;
};

typedef DBusHandlerResult (*hu_handler)(struct hu_request *req);

struct hu_service {
  const char *interface;
  hu_handler handle;
};

/* bus.c */
int hu_bus_run(const char *address);
void hu_reply_string(struct hu_request *req, const char *s);
void hu_reply_error(struct hu_request *req, const char *name, const char *text);

/* services */
DBusHandlerResult nav_trail_handle(struct hu_request *req);
DBusHandlerResult diag_handle(struct hu_request *req);

/* keystore.c */
int hu_keystore_init(void);
int hu_pairing_wrap(const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *outlen);
int hu_profile_seal(const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *outlen);

/* ota.c */
int hu_ota_check(const uint8_t *hash, size_t hlen, const uint8_t *sig, size_t slen);

/* drbg.c */
int hu_rng(void *ctx, unsigned char *out, size_t n);
int hu_rng_init(void);

/* telematics.c */
int hu_telematics_hello(uint8_t *out, size_t cap, size_t *outlen);
#endif
