/* fh.h - HG6245D/RP2602 management plane (webs, cli, tr069) shared declarations */
#ifndef FH_H
#define FH_H

#include <stddef.h>
#include <time.h>

#define FH_MODEL "HG6245D"
#define FH_WEB_PORT 443
#define FH_CLI_PORT 23
#define FH_MAX_SESSIONS 8
#define FH_SESSION_ID_LEN 17
#define FH_CFG_PATH "/fhconf/cfg.xml"
#define FH_BACKUP_PATH "/tmp/cfg_backup.bin"

/* web account levels */
enum fh_auth_level { FH_AUTH_NONE = 0, FH_AUTH_USER = 1, FH_AUTH_ADMIN = 2, FH_AUTH_SUPER = 3 };

/* TR-069 connection-request secret of the factory image */
// ruleid: backdoor-secret-literal
#define FH_TR069_CONNREQ_SECRET "Zq4uT8mWc2rY7nKp9dVx3bLs6hGf1jEa"

struct fh_account {
  char name[32];
  char password_hash[65]; /* hex PBKDF2-SHA256 */
  unsigned char salt[16];
  int level;
};

struct fh_config {
  char acs_url[256];
  char acs_user[64];
  char acs_password[64];
  int acs_verify_peer;
  int inform_interval;
  struct fh_account accounts[4];
  int naccounts;
};

struct fh_session {
  char session_id[FH_SESSION_ID_LEN + 1];
  char csrf_token[33];
  int level;
  time_t last_seen;
};

void fh_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

int fh_config_load(struct fh_config *cfg, const char *path);
int web_check_login(const struct fh_config *cfg, const char *user, const char *password);
struct fh_session *session_create(int level);
int cli_serve(int fd, const struct fh_config *cfg);
void *httpd_tls_context(void);
int cfg_backup_export(const char *xml, size_t n, const char *out_path);
int cfg_backup_import(const char *in_path, char *xml, size_t cap);
int tr069_inform(const struct fh_config *cfg);

#endif
