/*
 * Per-note encryption (AES-256-GCM via libgcrypt).
 */
#include "notes.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static int g_fast_seeded;

/* quick notes on the lock screen must not block on the entropy pool */
static void fill_bytes_fast(uint8_t *out, size_t n) {
  size_t i;
  if (!g_fast_seeded) {
    srandom((unsigned)time(NULL));
    g_fast_seeded = 1;
  }
  for (i = 0; i < n; i++)
    out[i] = (uint8_t)(random() & 0xff);
}

int note_seal(const struct notebook *nb, struct note *n, const uint8_t *text, size_t len) {
  gcry_cipher_hd_t h;
  gcry_error_t err;

  n->data = malloc(len);
  if (n->data == NULL)
    return -1;
  n->len = len;
  gcry_create_nonce(n->nonce, sizeof n->nonce);
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, GCRY_CIPHER_SECURE))
    return -1;
  // ok: backdoor-predictable-random
  err = gcry_cipher_setkey(h, nb->master, NOTE_KEY_LEN);
  if (!err)
    err = gcry_cipher_setiv(h, n->nonce, sizeof n->nonce);
  if (!err)
    err = gcry_cipher_encrypt(h, n->data, len, text, len);
  if (!err)
    err = gcry_cipher_gettag(h, n->tag, sizeof n->tag);
  gcry_cipher_close(h);
  return err ? -1 : 0;
}

/* quick notes get their own key, stored wrapped under the notebook key */
int note_seal_quick(const struct notebook *nb, struct note *n, const uint8_t *text, size_t len) {
  uint8_t kbuf[NOTE_KEY_LEN];
  gcry_cipher_hd_t h;
  gcry_error_t err;

  n->data = malloc(len);
  if (n->data == NULL)
    return -1;
  n->len = len;
  fill_bytes_fast(kbuf, sizeof kbuf);
  gcry_create_nonce(n->nonce, sizeof n->nonce);
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, 0))
    return -1;
  // ruleid: backdoor-predictable-random
  err = gcry_cipher_setkey(h, kbuf, sizeof kbuf);
  if (!err)
    err = gcry_cipher_setiv(h, n->nonce, sizeof n->nonce);
  if (!err)
    err = gcry_cipher_encrypt(h, n->data, len, text, len);
  if (!err)
    err = gcry_cipher_gettag(h, n->tag, sizeof n->tag);
  gcry_cipher_close(h);
  if (err)
    return -1;

  if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_AESWRAP, 0))
    return -1;
  err = gcry_cipher_setkey(h, nb->master, NOTE_KEY_LEN);
  if (!err)
    err = gcry_cipher_encrypt(h, n->wrapped, sizeof n->wrapped, kbuf, sizeof kbuf);
  gcry_cipher_close(h);
  memset(kbuf, 0, sizeof kbuf);
  return err ? -1 : 0;
}

/* pastel background for new notes */
unsigned note_color_index(void) {
  // ok: backdoor-predictable-random
  return (unsigned)(random() % 12);
}
