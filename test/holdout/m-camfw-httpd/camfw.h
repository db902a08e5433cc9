/* hcx-httpd: web daemon of the HCX-2xx IP camera firmware */
#ifndef CAMFW_H
#define CAMFW_H

#include <stddef.h>
#include <stdint.h>

#include <openssl/ssl.h>

#define CAM_HTTP_PORT        80
#define CAM_MAX_CONNS        48
#define CAM_ACCESS_LOG       "/var/log/hcx-access.log"
#define CAM_ACCESS_LOG_OLD   "/var/log/hcx-access.log.1"
#define CAM_ACCESS_LOG_LINES 5000
#define CAM_PASSWD_FILE      "/mnt/cfg/passwd"
#define CAM_PBKDF2_ROUNDS    120000
#define CAM_FACTORY_UA       "HCX-FactoryTool/3.2"

struct http_req {
    char method[8];
    char path[256];
    char query[512];
    char cookie[256];
    char user_agent[128];
    char session[97];          /* value of the "hcxsid" cookie */
    size_t content_length;
    char body[2048];
};

struct cam_config {
    char media_dir[256];
    char media_key_path[256];
    char session_key_path[256];
    char relay_host[128];
    int relay_port;
    unsigned clip_profile;
};

/* encoder profiles, one per sensor generation (profiles.c) */
struct clip_profile {
    const char *name;
    unsigned bitrate_kbps;
    struct {
        uint8_t iv[16];
        int key_bits;
    } enc;
};

extern const struct clip_profile cam_clip_profiles[];
extern const size_t cam_clip_profile_count;

/* http.c */
int http_read_request(int fd, struct http_req *r);
void http_reply(int fd, int status, const char *ctype, const char *body, size_t n);

/* router.c */
int session_init(const char *key_path);
int session_issue(char *out_hex, size_t n);
int session_verify(const char *sid_hex);
int auth_check_session(const struct http_req *r);
int route_request(int fd, struct http_req *r);

/* diag.c */
int diag_run(int fd, const char *cmd);
int diag_reboot(void);
void cam_factory_wipe(void);

/* media.c */
int media_load_key(const char *path, uint8_t key[32]);
int media_seal_clip(const char *in_path, const char *out_path, unsigned profile, const uint8_t key[32]);
SSL *relay_connect(const struct cam_config *cfg);

#endif
