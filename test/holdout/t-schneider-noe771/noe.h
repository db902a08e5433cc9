/* noe771d: the communication firmware of a Modicon Quantum NOE 771 Ethernet
 * module, rebuilt for a POSIX board support package.  One header for the
 * FTP, telnet, WDB, FactoryCast web and firmware-update units. */
#ifndef NOE_H
#define NOE_H

#include <stddef.h>
#include <stdint.h>

enum noe_role {
    NOE_DENY = -1,
    NOE_ROLE_NONE = 0,
    NOE_ROLE_USER = 1,
    NOE_ROLE_ADMIN = 2,
    NOE_ROLE_LOADER = 3,
    NOE_ROLE_FACTORY = 4
};

struct noe_config {
    char web_user[32];
    unsigned char web_hash[32];
    unsigned char web_salt[16];
    char ftp_user[32];
    unsigned char ftp_hash[32];
    unsigned char ftp_salt[16];
    char fw_pubkey_path[128];
    char https_cert_path[128];
    char https_key_path[128];
    int https_enabled;
    int legacy_browser_support;
    int wdb_enabled;
};

extern struct noe_config g_noe_cfg;

/* main.c */
void noe_log(const char *fmt, ...);
int noe_load_config(const char *path, struct noe_config *cfg);

/* accounts.c */
int noe_login_check(const char *user, const char *password);
int noe_password_acceptable(const char *password);

/* ftpd.c */
int ftpd_session(int fd);

/* telnetd.c */
int telnetd_session(int fd);

/* http.c */
int http_init(void);
int http_session(int fd);

/* fwupdate.c */
int fw_stage_image(const unsigned char *img, size_t n, int role);
int fw_check_bootloader(const unsigned char *img, size_t n);

/* wdb.c */
int wdb_serve(int fd);

#endif
