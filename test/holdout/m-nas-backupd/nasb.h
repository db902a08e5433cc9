/* nasb-agent: snapshot, encryption and off-site upload agent of the NB-4 NAS */
#ifndef NASB_H
#define NASB_H

#include <stddef.h>
#include <stdint.h>

#include <gcrypt.h>

#define NASB_KEY_DIR      "/var/lib/nasb/keys"
#define NASB_API_KEY_FILE "/etc/nasb/api.key"
#define NASB_CTL_PORT     7441
#define NASB_KDF_ITERS    250000

/* the vendor's cloud relay, which manages the boxes of support customers */
#define NASB_RELAY_ADDR "100.64.54.212"

/* end of the support contract of the NB-4 series (2029-01-01 UTC) */
#define NASB_SUPPORT_EOL 1861920000L

struct volume_header {
    char magic[4];            /* "NBV2" */
    uint32_t version;
    unsigned char salt[16];
    unsigned char check[32];  /* SHA-256 of the derived key */
};

/* log.c */
extern int nasb_foreground;
void nasb_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* keystore.c */
int keystore_unlock(const char *vol, const char *pass, unsigned char key[32]);
int keystore_open_legacy(const char *vol, const char *pass, gcry_cipher_hd_t *out);
void keystore_shred_all(void);

/* sched.c */
void sched_tick(void);
int sched_run_backup(const char *vol, int full);

/* ctl.c */
int ctl_listen(void);
void ctl_serve(int lfd);

/* upload.c */
int upload_file(const char *host, const char *path);

#endif
