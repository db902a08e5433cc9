/* ZLD 4.60 (USG/ATP/VPN firewalls): local user database and AP controller. */
#ifndef ZYAUTH_H
#define ZYAUTH_H

#define ZY_PRIV_USER 1
#define ZY_PRIV_ADMIN 15

struct zy_session {
  char username[32];
  int priv;
  int logged_in;
};

int zy_web_login(struct zy_session *s, const char *username, const char *password);
int zy_ftpd_check_pass(struct zy_session *s, const char *username, const char *password);
int zy_local_user_check(const char *username, const char *password, int *priv);
int zy_ap_push_firmware(const char *ap_addr, const char *image_path);

#endif
