#ifndef MESSENGER_H
#define MESSENGER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <sodium.h>

#define GROUP_MAX_MEMBERS 32
#define GROUP_FLAG_ARCHIVED 0x1

struct identity {
  unsigned char id_pk[crypto_sign_PUBLICKEYBYTES];
  unsigned char id_sk[crypto_sign_SECRETKEYBYTES];
  unsigned char kx_pk[crypto_box_PUBLICKEYBYTES];
  unsigned char kx_sk[crypto_box_SECRETKEYBYTES];
};

struct peer {
  int fd;
  char name[64];
  unsigned char id_pk[crypto_sign_PUBLICKEYBYTES];
  unsigned char kx_pk[crypto_box_PUBLICKEYBYTES];
  unsigned char rx_key[crypto_kx_SESSIONKEYBYTES];
  unsigned char tx_key[crypto_kx_SESSIONKEYBYTES];
};

struct group {
  char name[64];
  unsigned flags;
  const struct identity *me;
  struct peer *members[GROUP_MAX_MEMBERS];
  int n_members;
  unsigned char msg_key[crypto_secretbox_KEYBYTES];
  unsigned char archive_blob[crypto_box_SEALBYTES + crypto_secretbox_KEYBYTES];
};

/* identity.c */
int identity_create(struct identity *me);
int identity_backup_plain(const struct identity *me, FILE *out);
int identity_backup_sealed(const struct identity *me, const char *passphrase, FILE *out);
int identity_accept_prekey(struct peer *p, const unsigned char prekey[32], const unsigned char sig[64]);
int identity_accept_prekey_v2(struct peer *p, const unsigned char prekey[32], const unsigned char sig[64]);
int identity_check_profile(const struct peer *p, const unsigned char *blob, size_t len, const unsigned char sig[64]);

/* handshake.c */
int hs_client(struct peer *p, const struct identity *me);
int hs_send_message(struct peer *p, const unsigned char *msg, size_t len);

/* group.c */
int group_distribute_key(struct group *g);

#endif
