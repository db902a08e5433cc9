/* dedupd: content-defined chunking backup daemon with encrypted repositories. */
#ifndef DEDUP_H
#define DEDUP_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

enum repo_mode { REPO_MODE_NONE, REPO_MODE_AUTHENTICATED, REPO_MODE_KEYFILE };

struct repo {
    char path[512];
    enum repo_mode mode;
    uint8_t key[32];
    uint8_t id_key[32];
    int key_loaded;
};

struct snapshot {
    char name[128];
    time_t created;
    char index_path[600];
};

/* repo_key.c */
int repo_unlock(struct repo *r, const char *passphrase);
int repo_export_for_hooks(const struct repo *r);

/* chunk.c */
int chunk_seal(const struct repo *r, const uint8_t *in, size_t n, uint8_t *out, size_t *out_len);
int chunk_id(const struct repo *r, const uint8_t *in, size_t n, uint8_t id[32]);

/* escrow.c */
int repo_write_recovery_blob(const struct repo *r, const char *user_pk_path);

/* replicate.c */
int replicate_server_setup(void);

/* prune.c */
int prune_snapshots(struct snapshot *snaps, size_t n, int keep_days);

#endif
