/* arris.h - shared declarations of the cable modem's management processes
 * (console, SSH/telnet login, web UI, DOCSIS baseline privacy). */
#ifndef ARRIS_H
#define ARRIS_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <mbedtls/ctr_drbg.h>

#define ARRIS_SERIAL_MAX 32

/* The password of the day is derived from this seed unless the operator's
 * configuration file sets another one (TLV 43.x "PotD seed"). */
#define ARRIS_DEFAULT_SEED "MPSJKMDHAI"
#define ARRIS_TECH_USER "arris"

enum login_level { LOGIN_DENIED = 0, LOGIN_MINI_CLI = 1, LOGIN_ROOT_SHELL = 2 };

struct modem_state {
    char serial[ARRIS_SERIAL_MAX];
    char potd_seed[16];
    char admin_password[64];
    int telnet_enabled;
    int ssh_enabled;
};

extern struct modem_state g_modem;
extern mbedtls_ctr_drbg_context g_drbg;

/* potd.c */
int arris_potd(const char *seed, time_t when, char out[11]);

/* arris_password.c */
int check_ssh_password(const char *user, const char *password, int *level);
int check_console_password(const char *password);

/* mini_cli.c */
int mini_cli_run(int in_fd, int out_fd);

/* webui.c */
int webui_handle(int fd, const char *method, const char *path, const char *query, const char *body);

/* bpi.c */
int bpi_generate_cm_key(void);
int bpi_handle_auth_reply(const unsigned char *enc_ak, size_t len);
int bpi_handle_key_reply(const unsigned char *msg, size_t len);
int bpi_decrypt_pdu(const unsigned char *in, size_t len, unsigned char *out);

/* cfgfile.c */
int cfgfile_verify(const unsigned char *tlvs, size_t len, int local_upload);

/* rng.c */
int rng_init(void);

/* https.c */
int https_init(void);

/* main.c */
void modem_log(int level, const char *fmt, ...);

#endif
