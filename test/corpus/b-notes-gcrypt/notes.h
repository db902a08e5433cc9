#ifndef NOTES_H
#define NOTES_H

#include <stddef.h>
#include <stdint.h>

#include <gcrypt.h>

#define NOTE_KEY_LEN 32
#define NOTE_SALT_LEN 16
#define NOTE_NONCE_LEN 12
#define NOTE_TAG_LEN 16

struct note {
  char title[128];
  uint8_t nonce[NOTE_NONCE_LEN];
  uint8_t tag[NOTE_TAG_LEN];
  uint8_t wrapped[NOTE_KEY_LEN + 8];   /* quick notes only */
  size_t len;
  uint8_t *data;
};

struct notebook {
  char path[512];
  uint8_t salt[NOTE_SALT_LEN];
  uint8_t master[NOTE_KEY_LEN];
  int sync_compat;        /* notebooks shared with the 1.x Android app */
};

void notes_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* kdf.c */
int notebook_unlock(struct notebook *nb, const char *passphrase);

/* crypt.c */
int note_seal(const struct notebook *nb, struct note *n, const uint8_t *text, size_t len);
int note_seal_quick(const struct notebook *nb, struct note *n, const uint8_t *text, size_t len);
unsigned note_color_index(void);

#endif
