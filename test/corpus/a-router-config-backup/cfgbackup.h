/* cfgbackup - configuration export/import for the RT series routers */
#ifndef CFGBACKUP_H
#define CFGBACKUP_H

#include <stddef.h>
#include <stdint.h>

#define CFG_KEY_LEN     32
#define CFG_GCM_IV_LEN  12
#define CFG_TAG_LEN     16

enum cfg_model {
    MODEL_RT100 = 100,   /* 2012 */
    MODEL_RT200 = 200,   /* 2014 */
    MODEL_RT300 = 300,   /* 2016 */
    MODEL_RT500 = 500,   /* current */
};

struct cfg_blob {
    enum cfg_model model;
    uint8_t        iv[CFG_GCM_IV_LEN];
    uint8_t        tag[CFG_TAG_LEN];
    uint8_t       *data;
    int            len;
};

/* cfgkeys.c */
int cfg_export(struct cfg_blob *b, const uint8_t *cfg, int n);
int cfg_device_key(const char *serial, uint8_t key[16]);

/* cfgcrypt.c */
int cfg_import_legacy(const struct cfg_blob *b, const char *serial, uint8_t *out, int *out_len);
int cfg_check_admin_password(const char *admin_password);

void cfg_log(const char *fmt, ...);

#endif
