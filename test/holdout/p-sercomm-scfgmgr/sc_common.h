/*
 * sc_common.h - shared declarations of the DGN/WAG/WRT "rc" multi-call
 * binary (scfgmgr, ft_tool, httpd, upnpd) of the Sercomm reference SDK.
 */
#ifndef SC_COMMON_H
#define SC_COMMON_H

#include <stddef.h>
#include <stdint.h>

#define SC_MODEL_NAME        "DGN1000"
#define SC_FW_VERSION        "V1.1.00.46"

/* nvram.c */
struct nvram_tuple {
	const char *name;
	const char *value;
};

const char *nvram_get(const char *name);
const char *nvram_safe_get(const char *name);
int nvram_set(const char *name, const char *value);
int nvram_unset(const char *name);
int nvram_commit(void);
int nvram_restore_defaults(void);
size_t nvram_dump(char *buf, size_t cap);   /* name=value\0name=value\0... */
int nvram_load(const char *path);

/* cfgcrypt.c */
int cfg_backup_crypt(int encrypt, unsigned char *buf, size_t len);
int cfg_export(const char *path);
int cfg_import(const unsigned char *blob, size_t len);
int fw_check_image(const unsigned char *img, size_t len);

/* daemons */
int scfgmgr_main(int argc, char *argv[]);
int ft_tool_main(int argc, char *argv[]);
int httpd_main(int argc, char *argv[]);
int upnpd_main(int argc, char *argv[]);

/* logging, shared by every daemon of the multi-call binary */
void sc_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
