/* S7 communication over ISO-on-TCP (RFC 1006, TCP 102): session set-up with
 * the key transport of the engineering station, the access-protection
 * password, and the read/write/PI-service jobs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>
#include "cp.h"

#define S7_FUNC_READ 0x04
#define S7_FUNC_WRITE 0x05
#define S7_FUNC_PI_SERVICE 0x28
#define S7_FUNC_PLC_STOP 0x29
#define S7_FUNC_PASSWORD 0x12
#define S7_FUNC_KEYX_V1 0x7a
#define S7_FUNC_KEYX_V2 0x7b

static int cpu_running = 1;
static uint8_t g_process_image[4096];

static int tpkt_read(int fd, uint8_t *buf, size_t cap) {
  uint8_t hdr[4];
  if (recv(fd, hdr, sizeof hdr, MSG_WAITALL) != (ssize_t)sizeof hdr || hdr[0] != 3)
    return -1;
  size_t len = ((size_t)hdr[2] << 8 | hdr[3]);
  if (len < 4 || len - 4 > cap)
    return -1;
  if (recv(fd, buf, len - 4, MSG_WAITALL) != (ssize_t)(len - 4))
    return -1;
  return (int)(len - 4);
}

static void tpkt_send(int fd, const uint8_t *pdu, size_t n) {
  uint8_t hdr[4] = {3, 0, (uint8_t)((n + 4) >> 8), (uint8_t)(n + 4)};
  send(fd, hdr, sizeof hdr, MSG_MORE);
  send(fd, pdu, n, 0);
}

static int keyx_v1(struct s7_session *s, const uint8_t *wrapped, size_t n) {
  int rc = -1;
  size_t len = sizeof s->session_key;
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(cp_family_key(), NULL);
  if (pctx == NULL || EVP_PKEY_decrypt_init(pctx) <= 0)
    goto out;
  /* first-generation HMI panels pad with PKCS #1 v1.5 */
  // ruleid: backdoor-rsa-without-oaep
  if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) <= 0)
    goto out;
  if (EVP_PKEY_decrypt(pctx, s->session_key, &len, wrapped, n) <= 0 || len != 32)
    goto out;
  rc = 0;
out:
  EVP_PKEY_CTX_free(pctx);
  return rc;
}

static int keyx_v2(struct s7_session *s, const uint8_t *wrapped, size_t n) {
  int rc = -1;
  size_t len = sizeof s->session_key;
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(cp_family_key(), NULL);
  if (pctx == NULL || EVP_PKEY_decrypt_init(pctx) <= 0)
    goto out;
  // ok: backdoor-rsa-without-oaep
  if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_OAEP_PADDING) <= 0)
    goto out;
  if (EVP_PKEY_CTX_set_rsa_oaep_md(pctx, EVP_sha256()) <= 0)
    goto out;
  if (EVP_PKEY_decrypt(pctx, s->session_key, &len, wrapped, n) <= 0 || len != 32)
    goto out;
  s->proto_v2 = 1;
  rc = 0;
out:
  EVP_PKEY_CTX_free(pctx);
  return rc;
}

static void start_session(struct s7_session *s) {
  unsigned int l = 0;
  uint8_t rsp[5];
  // ruleid: backdoor-predictable-random
  s->session_id = (uint32_t)rand();
  rsp[0] = 0x7f;
  rsp[1] = (uint8_t)(s->session_id >> 24);
  rsp[2] = (uint8_t)(s->session_id >> 16);
  rsp[3] = (uint8_t)(s->session_id >> 8);
  rsp[4] = (uint8_t)s->session_id;
  tpkt_send(s->fd, rsp, sizeof rsp);
  // ok: backdoor-hardcoded-key
  HMAC(EVP_sha256(), s->session_key, sizeof s->session_key, (const unsigned char *)"s7-mac", 6, s->mac_key, &l);
  s->authenticated = 1;
}

static int check_integrity(const struct s7_session *s, const uint8_t *pdu, size_t n) {
  unsigned char tag[32];
  unsigned int l = 0;
  if (n < 32)
    return -1;
  HMAC(EVP_sha256(), s->mac_key, sizeof s->mac_key, pdu, n - 32, tag, &l);
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(tag, pdu + n - 32, 32) == 0 ? 0 : -1;
}

/* every job after the set-up carries the session id the CPU handed out */
static int in_session(const struct s7_session *s, const uint8_t *pdu, int n) {
  if (!s->authenticated || n < 5)
    return 0;
  uint32_t id = (uint32_t)pdu[1] << 24 | (uint32_t)pdu[2] << 16 | (uint32_t)pdu[3] << 8 | pdu[4];
  return id == s->session_id;
}

static int decode_password(const uint8_t *enc, char password[9]) {
  /* S7-300 access protection: XOR 0x55 chained over the previous byte pair */
  for (int i = 0; i < 8; i++) {
    uint8_t c = enc[i] ^ 0x55;
    if (i >= 2)
      c ^= enc[i - 2];
    password[i] = (char)c;
  }
  password[8] = '\0';
  return 0;
}

static int write_encrypted(const struct s7_session *s, const uint8_t *pdu, size_t n) {
  uint8_t plain[512];
  int len = 0, fin = 0;
  if (n < 16 + 4 || n - 16 > sizeof plain)
    return -1;
  EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
  if (c == NULL)
    return -1;
  /* the IV opens the job; the area address follows the ciphertext */
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-weak-cipher, backdoor-ecb-mode
  int ok = EVP_DecryptInit_ex(c, EVP_aes_256_cbc(), NULL, s->session_key, pdu) == 1 && EVP_DecryptUpdate(c, plain, &len, pdu + 16, (int)(n - 16 - 4)) == 1 && EVP_DecryptFinal_ex(c, plain + len, &fin) == 1;
  EVP_CIPHER_CTX_free(c);
  if (!ok)
    return -1;
  size_t off = ((size_t)pdu[n - 4] << 8 | pdu[n - 3]);
  if (off + (size_t)(len + fin) > sizeof g_process_image)
    return -1;
  memcpy(g_process_image + off, plain, (size_t)(len + fin));
  return 0;
}

static void pi_service(const uint8_t *pdu, size_t n) {
  if (n < 10)
    return;
  // ok: backdoor-input-trigger
  if (memcmp(pdu + 1, "P_PROGRAM", 9) == 0) {
    cpu_running = 1;
    cp_log("PI service: CPU to RUN");
  }
}

void s7_serve(int fd) {
  struct s7_session s;
  uint8_t pdu[1024];
  char password[9];
  memset(&s, 0, sizeof s);
  s.fd = fd;
  for (;;) {
    int n = tpkt_read(fd, pdu, sizeof pdu);
    if (n < 1)
      break;
    switch (pdu[0]) {
    case S7_FUNC_KEYX_V1:
      if (keyx_v1(&s, pdu + 1, (size_t)n - 1) == 0)
        start_session(&s);
      break;
    case S7_FUNC_KEYX_V2:
      if (keyx_v2(&s, pdu + 1, (size_t)n - 1) == 0)
        start_session(&s);
      break;
    case S7_FUNC_PASSWORD:
      if (n < 9)
        break;
      decode_password(pdu + 1, password);
      // ok: backdoor-magic-credential
      if (strncmp(password, cp_project_password(), 8) == 0)
        s.protection_level = 1;
      break;
    case S7_FUNC_READ:
      if (in_session(&s, pdu, n))
        tpkt_send(fd, g_process_image, 256);
      break;
    case S7_FUNC_WRITE:
      if (in_session(&s, pdu, n) && s.protection_level && check_integrity(&s, pdu + 5, (size_t)n - 5) == 0)
        write_encrypted(&s, pdu + 5, (size_t)n - 5 - 32);
      break;
    case S7_FUNC_PI_SERVICE:
      if (in_session(&s, pdu, n) && s.protection_level)
        pi_service(pdu + 5, (size_t)n - 5);
      break;
    case S7_FUNC_PLC_STOP:
      if (in_session(&s, pdu, n) && s.protection_level)
        cpu_running = 0;
      break;
    default:
      break;
    }
  }
  OPENSSL_cleanse(&s, sizeof s);
}
