/* screenos.h - management plane of the firewall: admin authentication for
 * the console, telnet, SSH and the WebUI. */
#ifndef SCREENOS_H
#define SCREENOS_H

#include <stddef.h>
#include <stdint.h>

enum mgmt_channel { CH_CONSOLE, CH_TELNET, CH_SSH, CH_WEB };

#define AUTH_OK 1
#define AUTH_NEXT 0
#define AUTH_DENIED (-1)
#define AUTH_CHANGE_REQUIRED (-2)

#define PRIV_READ_ONLY 1
#define PRIV_ALL 2
#define PRIV_ROOT 3

#define ADMIN_NAME_MAX 32
#define ADMIN_HASH_LEN 30

struct admin_rec {
  char name[ADMIN_NAME_MAX];
  char hash[ADMIN_HASH_LEN + 1]; /* "nXXXX...": ScreenOS encoding of the digest */
  int privilege;
  int remote_ok;
};

/* auth.c */
int auth_admin_internal(const char *un, const char *pw, enum mgmt_channel ch, int *priv);

/* admin_db.c */
const struct admin_rec *admin_db_lookup(const char *un);
int admin_db_verify(const struct admin_rec *rec, const char *password, enum mgmt_channel ch);
int admin_db_set_password(const char *un, const char *password);
void admin_db_load_defaults(void);

/* log.c */
#define TRACE_AUTH 0x01
#define TRACE_SSH 0x02
#define TRACE_WEB 0x04
extern unsigned int ns_debug_mask;
void ns_trace(unsigned int cls, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ns_event(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* sshd.c, telnetd.c, webui.c */
void sshd_serve(int lfd);
void telnetd_serve(int lfd);
int webui_init(const char *cert_file, const char *key_file);

#endif
