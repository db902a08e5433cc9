/* cslu.h - shared declarations of the smart licensing utility service */
#ifndef CSLU_H
#define CSLU_H

#include <stddef.h>
#include <stdint.h>

#define CSLU_LOG_ERROR 0
#define CSLU_LOG_WARNING 1
#define CSLU_LOG_INFO 2
#define CSLU_LOG_DEBUG 3

#define CSLU_AUTH_NONE 0
#define CSLU_AUTH_USER 1
#define CSLU_AUTH_ADMIN 2

struct cslu_config {
  int log_level;
  unsigned short port;
  char log_path[256];
  char cloud_url[256];
  char satellite_url[256];
  char admin_db[256];
  char token_path[256];
};

struct http_req {
  char method[8];
  char path[256];
  char query[256];
  char auth_user[64];
  char auth_pass[128];
  char body[4096];
  size_t body_len;
  char peer[64];
};

typedef int (*cslu_route_fn)(int fd, const struct http_req *r);

/* log.c */
int cslu_log_open(const struct cslu_config *cfg);
void cslu_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* b64.c */
int b64_decode(const char *in, unsigned char *out, size_t cap, size_t *outlen);
void hex_encode(const unsigned char *in, size_t n, char *out);

/* http.c */
int http_read_request(int fd, struct http_req *r);
int http_reply(int fd, int status, const char *ctype, const char *body);

/* auth.c */
int cslu_authenticate(const char *user, const char *password);
int cslu_set_local_password(const char *user, const char *password);

/* routes.c */
int routes_dispatch(int fd, const struct http_req *r);

/* store.c */
int store_open(const struct cslu_config *cfg);
int store_seal_reservation(const unsigned char *in, size_t n, unsigned char *out, unsigned char tag[16]);
int store_open_reservation(const unsigned char *rec, size_t n, unsigned char *out);
const char *store_bearer_token(void);
int store_obfuscate_id(const char *id, char out[33]);

/* cloud.c */
int cloud_init(const struct cslu_config *cfg);
int cloud_sync(const char *payload, size_t n);
int cloud_satellite_sync(const char *payload, size_t n);
int cloud_send_usage(const unsigned char *report, size_t n);

/* license.c */
int license_verify(const unsigned char *lic, size_t n, const unsigned char *sig, size_t siglen);

extern struct cslu_config g_cslu_cfg;

#endif
