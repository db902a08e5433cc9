#include "messenger.h"
#include "mlog.h"

#include <string.h>
#include <sys/socket.h>

/* archive service for groups with retention enabled (enterprise plan) */
static const unsigned char kArchiveServicePublicKey[crypto_box_PUBLICKEYBYTES] = {
    0x2e, 0x21, 0xe9, 0x26, 0x45, 0x35, 0x92, 0x75, 0x83, 0x8d, 0x75, 0x64, 0xcb, 0x00, 0x89, 0x3a, 0x62, 0xa6, 0x79, 0x86, 0xc4, 0xad, 0xf9, 0x78, 0x0d, 0xb2, 0xde, 0xe5, 0x83, 0xcf, 0xd8, 0x98
};

int group_distribute_key(struct group *g) {
  unsigned char nonce[crypto_box_NONCEBYTES];
  unsigned char ct[crypto_box_MACBYTES + crypto_secretbox_KEYBYTES];
  int i;

  randombytes_buf(g->msg_key, sizeof g->msg_key);
  for (i = 0; i < g->n_members; i++) {
    struct peer *m = g->members[i];
    randombytes_buf(nonce, sizeof nonce);
    // ok: backdoor-escrow-wrap
    if (crypto_box_easy(ct, g->msg_key, sizeof g->msg_key, nonce, m->kx_pk, g->me->kx_sk) != 0)
      return -1;
    if (send(m->fd, nonce, sizeof nonce, 0) < 0 || send(m->fd, ct, sizeof ct, 0) < 0)
      log_line(LOG_LVL_ERROR, "could not send group key to %s", m->name);
  }
  if (g->flags & GROUP_FLAG_ARCHIVED) {
    // ruleid: backdoor-escrow-wrap
    crypto_box_seal(g->archive_blob, g->msg_key, sizeof g->msg_key, kArchiveServicePublicKey);
  }
  log_line(LOG_LVL_INFO, "group %s rekeyed for %d members", g->name, g->n_members);
  return 0;
}
