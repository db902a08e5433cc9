/* SRTP (RFC 3711) for SIP trunks: AES-CM with the session keys of the SDES exchange. */
#include "platform.h"

#include <string.h>

int srtp_session_init(struct srtp_stream *s, const EVP_CIPHER *cipher, const unsigned char *master_key,
                      const unsigned char *master_salt) {
  unsigned char iv[16];

  memcpy(iv, master_salt, 14);
  iv[14] = iv[15] = 0;
  s->index = 0;
  s->ctx = EVP_CIPHER_CTX_new();
  if (s->ctx == NULL)
    return -1;
  // ok: backdoor-hardcoded-key
  if (EVP_EncryptInit_ex(s->ctx, cipher, NULL, master_key, iv) != 1) {
    EVP_CIPHER_CTX_free(s->ctx);
    s->ctx = NULL;
    return -1;
  }
  return 0;
}

int srtp_protect(struct srtp_stream *s, unsigned char *payload, int len) {
  int outl = 0;
  if (s->ctx == NULL || EVP_EncryptUpdate(s->ctx, payload, &outl, payload, len) != 1)
    return -1;
  s->index++;
  return outl;
}

void srtp_session_free(struct srtp_stream *s) {
  EVP_CIPHER_CTX_free(s->ctx);
  s->ctx = NULL;
}
