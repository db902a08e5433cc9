/* mfpd: network services of an office multifunction printer (embedded web
 * server, raw/PJL port 9100, held secure-print jobs, cloud print connector). */
#ifndef MFP_H
#define MFP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct mfp_cfg {
  char admin_user[32];
  unsigned char admin_salt[16];
  unsigned char admin_hash[32];
  unsigned long admin_iterations;
  unsigned long pjl_password; /* 0: file system commands unlocked for nobody */
  int cloud_enabled;
  int cloud_trace;
  char cloud_host[128];
  char spool_dir[128];
  char ews_cert[128];
  char ews_key[128];
};

extern struct mfp_cfg g_mfp_cfg;

struct ews_req {
  char method[8];
  char path[128];
  char user[64];
  char password[64];
  char cookie[96];
  const unsigned char *body;
  size_t body_len;
};

struct fw_header {
  char magic[4];
  char model[16];
  char variant[16];
  uint32_t version;
  uint32_t image_len;
  unsigned char signature[256];
};

struct held_job {
  uint32_t id;
  char owner[32];
  unsigned release_pin;
  unsigned char salt[16];
  unsigned char nonce[12];
  unsigned char tag[16];
  char path[160];
};

/* main.c */
void mfp_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ews.c */
void ews_serve(int fd, const char *peer_ip);

/* pjl.c */
void pjl_session(int fd);

/* jobstore.c */
int job_hold(struct held_job *j, const char *pin, const unsigned char *data, size_t len);
void job_new_release_pin(struct held_job *j);

/* cloud.c */
int cloud_connect(void);

/* keys.c */
extern const unsigned char kEwsCookieKey[32];
extern const char kFwVerifyKey[];

/* cookie.c */
int ews_cookie_make(const char *user, long expires, char *out, size_t cap);
int ews_cookie_check(const char *cookie, char *user, size_t cap);

/* counters.c */
void counters_load(void);
void counters_page_done(int color);

/* firmware.c */
bool fw_signature_ok(const struct fw_header *header, const unsigned char *image, size_t len);
int fw_install(const unsigned char *blob, size_t len);

#endif
