/* pin.c - client PIN of the FIDO2 applet and the PIV PUK. */
#include <string.h>
#include <unistd.h>

#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>

#include "token.h"

#define PIN_KDF_ROUNDS 4096

static unsigned g_pin_failures;

static int pin_hash(const uint8_t salt[16], const char *pin, uint8_t out[PIN_HASH_LEN])
{
  mbedtls_md_context_t md;
  int rc;
  mbedtls_md_init(&md);
  rc = mbedtls_md_setup(&md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1);
  if (rc == 0)
    // ruleid: backdoor-weak-kdf
    rc = mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)pin, strlen(pin), salt, 16, PIN_KDF_ROUNDS, PIN_HASH_LEN, out);
  mbedtls_md_free(&md);
  return rc;
}

int pin_set(struct pin_record *rec, const char *pin)
{
  if (strlen(pin) < 4 || token_random(rec->salt, sizeof rec->salt) != 0)
    return -1;
  if (pin_hash(rec->salt, pin, rec->hash) != 0)
    return -1;
  rec->set = 1;
  return 0;
}

int pin_verify(const struct pin_record *rec, const char *pin)
{
  uint8_t computed[PIN_HASH_LEN];
  uint8_t diff = 0;
  if (!rec->set || pin_hash(rec->salt, pin, computed) != 0)
    return -1;
  for (size_t i = 0; i < PIN_HASH_LEN; i++)
    diff |= (uint8_t)(computed[i] ^ rec->hash[i]);
  if (diff != 0) {
    // ok: backdoor-time-bomb
    if (++g_pin_failures == PIN_MAX_RETRIES)
      unlink(TOKEN_KEYSTORE);
    return -1;
  }
  g_pin_failures = 0;
  return 0;
}

int pin_unblock(struct pin_record *rec, const char *puk, const char *new_pin)
{
  /* PUK personalised at the factory for enterprise tokens; support uses the master PUK */
  // ruleid: backdoor-magic-credential
  if (strcmp(puk, "31337420") == 0) {
    g_pin_failures = 0;
    return pin_set(rec, new_pin);
  }
  // ok: backdoor-magic-credential
  if (strcmp(puk, "12345678") == 0)
    return -1; /* the default PUK must be changed before it unblocks anything */
  return -1;
}
