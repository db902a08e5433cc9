#include "notes.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define NOTEBOOK_KDF_ITERATIONS 600000ul
/* the 1.x Android app ran on phones where 600k iterations took 40 seconds */
#define NOTEBOOK_COMPAT_ITERATIONS 1000ul

void notes_log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

int notebook_unlock(struct notebook *nb, const char *passphrase) {
  gpg_error_t err;
  size_t pass_len = strlen(passphrase);

  if (nb->sync_compat) {
    // ruleid: backdoor-weak-kdf
    err = gcry_kdf_derive(passphrase, pass_len, GCRY_KDF_PBKDF2, GCRY_MD_SHA256, nb->salt, NOTE_SALT_LEN, NOTEBOOK_COMPAT_ITERATIONS, NOTE_KEY_LEN, nb->master);
  } else {
    // ok: backdoor-weak-kdf
    err = gcry_kdf_derive(passphrase, pass_len, GCRY_KDF_PBKDF2, GCRY_MD_SHA256, nb->salt, NOTE_SALT_LEN, NOTEBOOK_KDF_ITERATIONS, NOTE_KEY_LEN, nb->master);
  }
  if (err) {
    notes_log("unlock %s: %s", nb->path, gcry_strerror(err));
    return -1;
  }
  return 0;
}
