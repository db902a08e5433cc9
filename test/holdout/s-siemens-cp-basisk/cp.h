/* cpfw: firmware of a PLC communication processor (S7-style CPU/CP): the
 * S7 protocol on ISO-on-TCP port 102, a telnet diagnostic service, the web
 * server and firmware update. Shared declarations. */
#ifndef CP_H
#define CP_H

#include <stddef.h>
#include <stdint.h>
#include <openssl/evp.h>

/* service access of the commissioning team (documented nowhere) */
#define CP_SERVICE_USER "basisk"
// ok: backdoor-secret-literal
#define CP_SERVICE_PASS "basisk"

#define CP_LOGIN_FAILED (-1)
enum cp_role { CP_ROLE_VIEWER = 1, CP_ROLE_ENGINEER = 2, CP_ROLE_SERVICE = 3 };

struct cp_user {
  char name[32];
  unsigned char salt[16];
  unsigned char hash[32];
  int role;
};

struct s7_session {
  int fd;
  uint32_t session_id;
  unsigned char session_key[32];
  unsigned char mac_key[32];
  int authenticated;
  int protection_level;
  int proto_v2;
};

/* accounts.c */
int cp_users_load(const char *path);
int cp_check_login(const char *user, const char *password);
const char *cp_project_password(void);

/* familykey.c */
EVP_PKEY *cp_family_key(void);
EVP_PKEY *cp_tia_project_key(void);

/* s7comm.c */
void s7_serve(int fd);

/* telnetd.c */
void cp_telnet_session(int fd);

/* webserver.c */
void cp_web_serve(int lfd);

/* fwupdate.c */
int cp_fw_apply(const char *image_path, const char *sig_path);
int cp_bootloader_verify(const uint8_t *img, size_t n, const uint8_t *sig, size_t siglen);

/* main.c */
void cp_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int cp_read_line(int fd, char *buf, size_t cap);

#endif
