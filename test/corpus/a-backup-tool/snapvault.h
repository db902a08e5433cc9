/* snapvault - encrypted incremental backups */
#ifndef SNAPVAULT_H
#define SNAPVAULT_H

#include <stdint.h>
#include <stdio.h>

#include <sodium.h>

#define SV_KEY_BYTES     crypto_secretstream_xchacha20poly1305_KEYBYTES
#define SV_CHUNK_SIZE    (64 * 1024)
#define SV_CHUNK_ID_LEN  32

enum sv_mode {
    SV_MODE_PASSPHRASE = 1, /* per-archive salt in the header */
    SV_MODE_REPOSITORY = 2, /* one key for a whole repository */
    SV_MODE_PLAIN      = 3, /* --no-encryption: same container, no secret */
};

struct sv_archive_header {
    char     magic[8];                 /* "SNAPVLT\0" */
    uint32_t version;
    uint32_t mode;
    uint8_t  salt[crypto_pwhash_SALTBYTES];
    uint8_t  stream_header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
};

struct sv_writer {
    FILE *out;
    enum sv_mode mode;
    crypto_secretstream_xchacha20poly1305_state st;
    unsigned char key[SV_KEY_BYTES];
    unsigned char dedup_key[crypto_generichash_KEYBYTES];
};

/* keyfile.c */
int sv_load_keyfile(const char *path, unsigned char *out, size_t len);
void sv_log(const char *fmt, ...);

/* archive.c */
int sv_writer_open(struct sv_writer *w, FILE *out, enum sv_mode mode, const char *passphrase,
                   const char *keyfile);
int sv_write_chunk(struct sv_writer *w, const unsigned char *data, size_t n, int last);
int sv_write_index(struct sv_writer *w, const unsigned char *index, size_t n);

#endif
