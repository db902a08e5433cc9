/* ipela.h - IPELA ENGINE camera web server (CGI handlers under /command/) */
#ifndef IPELA_H
#define IPELA_H

#include <stddef.h>
#include <stdint.h>

enum auth_level { LEVEL_NONE = 0, LEVEL_VIEWER = 1, LEVEL_OPERATOR = 2, LEVEL_ADMIN = 3, LEVEL_FACTORY = 4 };

struct http_req {
    char method[8];
    char path[128];
    char query[512];
    char authorization[256];
    char user_agent[128];
    const char *body;
    size_t body_len;
};

struct auth_result {
    char user[32];
    int level;
};

struct srtp_session {
    unsigned char master_key[16];
    unsigned char master_salt[14];
    uint32_t ssrc;
};

/* keys.c */
extern const char kDebugAccountPassword[];
extern const unsigned char kConfigBackupKey[16];

/* httpd_auth.c */
int http_check_auth(const struct http_req *req, struct auth_result *out);

/* cgi.c */
int cgi_dispatch(int fd, const struct http_req *req);

/* onvif_wsse.c */
int wsse_check(const char *user, const char *nonce, size_t nonce_len, const char *created, const char *digest_b64);

/* srtp.c */
int srtp_session_init(struct srtp_session *s, uint32_t ssrc);

/* sysconf.c */
int sysconf_backup(const char *in_path, const char *out_path);
int sysconf_restore(const char *in_path, const char *out_path);
int firmware_verify(const unsigned char *img, size_t n, const unsigned char *sig, size_t siglen);

/* cloud_push.c */
int cloud_push_event(const char *event_json);

/* main.c */
int user_db_lookup(const char *user, char *hash_out, size_t cap, int *level);

#endif
