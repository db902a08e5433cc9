/*
 * dvr.h - shared declarations of the DVR/NVR application helpers
 * (dvrHelper, the console login and the upgrade agent).
 */
#ifndef DVR_H
#define DVR_H

#include <stddef.h>
#include <stdint.h>

#define DVR_MODEL        "NBD80X16S-KL"
#define DVR_HW_VERSION   "HI3520D_V300"
#define DVR_SW_VERSION   "V4.02.R11.C6311136.12201.142100.00000"

#define HELPER_PORT      9530
#define TELNETD_PORT     9527

/* auth.c */
int helper_expected_response(const char *challenge, char *hex_out, size_t cap);
int console_login(const char *user, const char *password);

/* upgrade.c */
int upgrade_apply(const char *path);

/* sysutil.c */
int dvr_start_telnetd(void);
void dvr_reboot(const char *why);
void dvr_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int dvr_read_file(const char *path, unsigned char *buf, size_t cap);

/* dvrhelper.c */
void *helper_thread(void *arg);

#endif
