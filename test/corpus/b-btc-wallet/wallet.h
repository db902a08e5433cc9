#ifndef WALLET_H
#define WALLET_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <openssl/ec.h>
#include <openssl/evp.h>

#define WALLET_PRIVKEY_LEN 32
#define WALLET_PUBKEY_LEN 33

struct wallet {
  char label[64];
  EC_KEY *eckey;
  uint8_t pubkey[WALLET_PUBKEY_LEN];
  uint32_t created;
};

/* entropy.c */
void wallet_entropy_init(void);
void wallet_fill_privkey(uint8_t privkey[WALLET_PRIVKEY_LEN]);
int wallet_fill_random(uint8_t *buf, size_t n);
void wallet_fill_nonce(uint8_t *nonce, size_t n);

/* keys.c */
int wallet_create(struct wallet *w, const char *label);
int wallet_export_paper(const struct wallet *w, FILE *out);
int wallet_export_encrypted(const struct wallet *w, FILE *out, const char *passphrase);
void wallet_print_receive_key(const struct wallet *w);
void wallet_free(struct wallet *w);

/* passgen.c */
void wallet_suggest_password(char *password, size_t len);
void wallet_shuffle_confirmation(int *order, int n);

#endif
