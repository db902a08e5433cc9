/* The message-digest pool RNG (crypto/rand/md_rand.c), as patched in Debian's 0.9.8c-1. */
#ifndef MD_RAND_H
#define MD_RAND_H

#include <openssl/rand.h>

const RAND_METHOD *RAND_SSLeay_debian(void);
int rand_poll_unix(void);
int keygen_install_rng(void);

#endif
