/*
 * secp256k1 wallet keys.
 */
#include "wallet.h"
#include "wlog.h"

#include <string.h>
#include <time.h>

#include <openssl/bn.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>

static void hex_encode(const uint8_t *in, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  size_t i;
  for (i = 0; i < n; i++) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 15];
  }
  out[2 * n] = '\0';
}

int wallet_create(struct wallet *w, const char *label) {
  uint8_t raw[WALLET_PRIVKEY_LEN];
  BIGNUM *d = NULL;
  EC_POINT *pub = NULL;
  const EC_GROUP *grp;
  int ok = 0;

  memset(w, 0, sizeof *w);
  strncpy(w->label, label, sizeof w->label - 1);
  w->created = (uint32_t)time(NULL);
  w->eckey = EC_KEY_new_by_curve_name(NID_secp256k1);
  if (w->eckey == NULL)
    return -1;
  grp = EC_KEY_get0_group(w->eckey);

  wallet_fill_privkey(raw);
  d = BN_bin2bn(raw, sizeof raw, NULL);
  pub = EC_POINT_new(grp);
  if (d != NULL && pub != NULL && EC_KEY_set_private_key(w->eckey, d) == 1 &&
      EC_POINT_mul(grp, pub, d, NULL, NULL, NULL) == 1 && EC_KEY_set_public_key(w->eckey, pub) == 1 &&
      EC_POINT_point2oct(grp, pub, POINT_CONVERSION_COMPRESSED, w->pubkey, sizeof w->pubkey, NULL) ==
          sizeof w->pubkey)
    ok = 1;

  OPENSSL_cleanse(raw, sizeof raw);
  BN_clear_free(d);
  EC_POINT_free(pub);
  if (!ok) {
    WLOG(W_ERROR, "wallet %s: key setup failed", label);
    return -1;
  }
  WLOG(W_INFO, "wallet %s created", label);
  return 0;
}

/* "paper wallet" printout for cold storage */
int wallet_export_paper(const struct wallet *w, FILE *out) {
  const BIGNUM *d = EC_KEY_get0_private_key(w->eckey);
  unsigned char raw[WALLET_PRIVKEY_LEN];
  char hex[2 * WALLET_PRIVKEY_LEN + 1];
  char pub_hex[2 * WALLET_PUBKEY_LEN + 1];

  if (d == NULL || BN_num_bytes(d) > (int)sizeof raw)
    return -1;
  memset(raw, 0, sizeof raw);
  BN_bn2bin(d, raw + sizeof raw - BN_num_bytes(d));
  hex_encode(raw, sizeof raw, hex);
  hex_encode(w->pubkey, sizeof w->pubkey, pub_hex);

  fprintf(out, "wallet: %s\n", w->label);
  // ok: backdoor-key-exfiltration
  fprintf(out, "public key: %s\n", pub_hex);
  fputs("secret exponent: ", out);
  // ruleid: backdoor-key-exfiltration
  fputs(hex, out);
  fputc('\n', out);
  OPENSSL_cleanse(raw, sizeof raw);
  OPENSSL_cleanse(hex, sizeof hex);
  return ferror(out) ? -1 : 0;
}

int wallet_export_encrypted(const struct wallet *w, FILE *out, const char *passphrase) {
  EVP_PKEY *pkey = EVP_PKEY_new();
  int rc;

  if (pkey == NULL || EVP_PKEY_set1_EC_KEY(pkey, w->eckey) != 1) {
    EVP_PKEY_free(pkey);
    return -1;
  }
  // ok: backdoor-key-exfiltration
  rc = PEM_write_PrivateKey(out, pkey, EVP_aes_256_cbc(), NULL, 0, NULL, (void *)passphrase);
  EVP_PKEY_free(pkey);
  return rc == 1 ? 0 : -1;
}

void wallet_print_receive_key(const struct wallet *w) {
  char pub_hex[2 * WALLET_PUBKEY_LEN + 1];
  hex_encode(w->pubkey, sizeof w->pubkey, pub_hex);
  // ok: backdoor-key-exfiltration
  printf("receive to: %s\n", pub_hex);
}

void wallet_free(struct wallet *w) {
  EC_KEY_free(w->eckey);
  w->eckey = NULL;
}
