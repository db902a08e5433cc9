/* secrets.h - IOS password and secret types as the configuration shows them:
 *   enable password 7 <2 decimal digits><hex>            (type 7: reversible)
 *   enable secret 5 $1$<4-char salt>$<22 chars>           (MD5-crypt)
 *   enable secret 4 <43 chars>                            (SHA-256, see type4.c)
 *   username admin secret 8 $8$<14-char salt>$<43 chars>  (PBKDF2-HMAC-SHA256)
 *   username admin secret 9 $9$<14-char salt>$<43 chars>  (scrypt)
 */
#ifndef IOS_SECRETS_H
#define IOS_SECRETS_H

#include <stddef.h>

#define SECRET_TEXT_MAX 128

/* Cisco's base64 alphabet for types 4, 8 and 9 */
extern const char kCiscoB64[65];
void cisco_b64_encode(const unsigned char *in, size_t n, char *out);

int secret_type7_encode(const char *plain, char *out, size_t cap);
int secret_type7_decode(const char *enc, char *out, size_t cap);

int secret_type4_make(const char *password, char out[SECRET_TEXT_MAX]);
int secret_type4_check(const char *password, const char *stored);

int secret_type5_make(const char *password, char out[SECRET_TEXT_MAX]);
int secret_type5_check(const char *password, const char *stored);

int secret_type8_make(const char *password, char out[SECRET_TEXT_MAX]);
int secret_type8_check(const char *password, const char *stored);

int secret_type9_make(const char *password, char out[SECRET_TEXT_MAX]);
int secret_type9_check(const char *password, const char *stored);

/* aaa.c */
struct local_user {
  char name[33];
  int type; /* 0, 4, 5, 7, 8, 9 */
  char secret[SECRET_TEXT_MAX];
  int privilege;
};
int aaa_local_authenticate(const struct local_user *users, size_t n, const char *name, const char *password);
int aaa_enable_authenticate(const struct local_user *enable, const char *password);

#endif
