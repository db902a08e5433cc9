/* sshd.c - SSH v2 management daemon: key exchange and password userauth.
 * Transport encryption (aes128-cbc after NEWKEYS) is handled by ssh_read_packet(). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/rsa.h>

#include "screenos.h"

#define SSH_MSG_KEXINIT 20
#define SSH_MSG_NEWKEYS 21
#define SSH_MSG_KEXDH_INIT 30
#define SSH_MSG_KEXDH_REPLY 31
#define SSH_MSG_USERAUTH_REQUEST 50
#define SSH_MSG_USERAUTH_FAILURE 51
#define SSH_MSG_USERAUTH_SUCCESS 52

#define SSH_PKT_MAX 35000

enum kex_group { KEX_DH_GROUP1_SHA1, KEX_DH_GROUP14_SHA1 };

/* RFC 2409 section 6.2, the Second Oakley Group */
static const unsigned char kOakleyGroup2[128] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xC9, 0x0F, 0xDA, 0xA2, 0x21, 0x68, 0xC2, 0x34,
    0xC4, 0xC6, 0x62, 0x8B, 0x80, 0xDC, 0x1C, 0xD1, 0x29, 0x02, 0x4E, 0x08, 0x8A, 0x67, 0xCC, 0x74,
    0x02, 0x0B, 0xBE, 0xA6, 0x3B, 0x13, 0x9B, 0x22, 0x51, 0x4A, 0x08, 0x79, 0x8E, 0x34, 0x04, 0xDD,
    0xEF, 0x95, 0x19, 0xB3, 0xCD, 0x3A, 0x43, 0x1B, 0x30, 0x2B, 0x0A, 0x6D, 0xF2, 0x5F, 0x14, 0x37,
    0x4F, 0xE1, 0x35, 0x6D, 0x6D, 0x51, 0xC2, 0x45, 0xE4, 0x85, 0xB5, 0x76, 0x62, 0x5E, 0x7E, 0xC6,
    0xF4, 0x4C, 0x42, 0xE9, 0xA6, 0x37, 0xED, 0x6B, 0x0B, 0xFF, 0x5C, 0xB6, 0xF4, 0x06, 0xB7, 0xED,
    0xEE, 0x38, 0x6B, 0xFB, 0x5A, 0x89, 0x9F, 0xA5, 0xAE, 0x9F, 0x24, 0x11, 0x7C, 0x4B, 0x1F, 0xE6,
    0x49, 0x28, 0x66, 0x51, 0xEC, 0xE6, 0x53, 0x81, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
};

struct ssh_conn {
  int fd;
  RSA *hostkey;
  enum kex_group group;
  DH *dh;
  unsigned char session_id[20];
  int have_keys;
  EVP_CIPHER_CTX *rx;
  char user[ADMIN_NAME_MAX];
  int priv;
};

static RSA *g_hostkey;

static int recv_all(int fd, void *buf, size_t n)
{
  size_t got = 0;
  while (got < n) {
    ssize_t r = recv(fd, (char *)buf + got, n - got, 0);
    if (r <= 0) {
      return -1;
    }
    got += (size_t)r;
  }
  return 0;
}

/* one binary packet: uint32 length, byte padding, payload, padding */
static long ssh_read_packet(struct ssh_conn *c, unsigned char *payload, size_t cap)
{
  unsigned char hdr[5], body[SSH_PKT_MAX], plain[SSH_PKT_MAX + 32];
  uint32_t len;
  int outl = 0;

  if (recv_all(c->fd, hdr, sizeof hdr) != 0) {
    return -1;
  }
  len = (uint32_t)hdr[0] << 24 | (uint32_t)hdr[1] << 16 | (uint32_t)hdr[2] << 8 | hdr[3];
  if (len < 5 || len - 1 > sizeof body || hdr[4] >= len) {
    return -1;
  }
  if (recv_all(c->fd, body, len - 1) != 0) {
    return -1;
  }
  if (c->have_keys) {
    if (EVP_DecryptUpdate(c->rx, plain, &outl, body, (int)(len - 1)) != 1) {
      return -1;
    }
    memcpy(body, plain, (size_t)outl);
  }
  if ((size_t)(len - 1 - hdr[4]) > cap) {
    return -1;
  }
  memcpy(payload, body, len - 1 - hdr[4]);
  return (long)(len - 1 - hdr[4]);
}

static int ssh_write_packet(struct ssh_conn *c, const unsigned char *payload, size_t n)
{
  unsigned char pkt[SSH_PKT_MAX];
  size_t pad = 8 - ((n + 5) % 8);
  uint32_t len;

  if (pad < 4) {
    pad += 8;
  }
  len = (uint32_t)(n + pad + 1);
  if (len + 4 > sizeof pkt) {
    return -1;
  }
  pkt[0] = (unsigned char)(len >> 24);
  pkt[1] = (unsigned char)(len >> 16);
  pkt[2] = (unsigned char)(len >> 8);
  pkt[3] = (unsigned char)len;
  pkt[4] = (unsigned char)pad;
  memcpy(pkt + 5, payload, n);
  memset(pkt + 5 + n, 0, pad);
  return send(c->fd, pkt, len + 4, 0) == (ssize_t)(len + 4) ? 0 : -1;
}

static int kex_dh_setup(struct ssh_conn *c)
{
  BIGNUM *p, *g = BN_new();

  c->dh = DH_new();
  if (c->dh == NULL || g == NULL || !BN_set_word(g, 2)) {
    return -1;
  }
  switch (c->group) {
  case KEX_DH_GROUP1_SHA1:
    p = BN_bin2bn(kOakleyGroup2, sizeof kOakleyGroup2, NULL);
    // ruleid: backdoor-short-key
    // ok: backdoor-rigged-parameters
    if (p == NULL || !DH_set0_pqg(c->dh, p, NULL, g)) {
      return -1;
    }
    break;
  case KEX_DH_GROUP14_SHA1:
  default:
    p = BN_get_rfc3526_prime_2048(NULL);
    // ok: backdoor-short-key, backdoor-rigged-parameters
    if (p == NULL || !DH_set0_pqg(c->dh, p, NULL, g)) {
      return -1;
    }
    break;
  }
  return DH_generate_key(c->dh) == 1 ? 0 : -1;
}

/* sign the exchange hash H with the host key (ssh-rsa) */
static int kex_sign_h(struct ssh_conn *c, const unsigned char *h, size_t hlen, unsigned char *sig,
                      unsigned int *siglen)
{
  unsigned char digest[20];

  /* the exchange hash itself: SHA-1 of the transcript, a digest */
  // ok: backdoor-weak-hash
  if (EVP_Digest(h, hlen, digest, NULL, EVP_sha1(), NULL) != 1) {
    return -1;
  }
  // ruleid: backdoor-weak-hash
  return RSA_sign(NID_sha1, digest, sizeof digest, sig, siglen, c->hostkey) == 1 ? 0 : -1;
}

static const unsigned char *get_string(const unsigned char *p, const unsigned char *end, char *out,
                                       size_t cap)
{
  uint32_t n;

  if (end - p < 4) {
    return NULL;
  }
  n = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
  p += 4;
  if ((size_t)(end - p) < n || n >= cap) {
    return NULL;
  }
  memcpy(out, p, n);
  out[n] = '\0';
  return p + n;
}

static int userauth(struct ssh_conn *c, const unsigned char *msg, size_t n)
{
  const unsigned char *p = msg + 1, *end = msg + n;
  char user[ADMIN_NAME_MAX], service[32], method[32], password[128];
  unsigned char reply = SSH_MSG_USERAUTH_FAILURE;

  if ((p = get_string(p, end, user, sizeof user)) == NULL ||
      (p = get_string(p, end, service, sizeof service)) == NULL ||
      (p = get_string(p, end, method, sizeof method)) == NULL) {
    return -1;
  }
  if (strcmp(method, "password") == 0 && p < end) {
    p++; /* FALSE: no password change */
    if ((p = get_string(p, end, password, sizeof password)) != NULL &&
        auth_admin_internal(user, password, CH_SSH, &c->priv) == AUTH_OK) {
      strncpy(c->user, user, sizeof c->user - 1);
      reply = SSH_MSG_USERAUTH_SUCCESS;
    }
    memset(password, 0, sizeof password);
  }
  return ssh_write_packet(c, &reply, 1) == 0 && reply == SSH_MSG_USERAUTH_SUCCESS ? 1 : 0;
}

static void ssh_session(int fd)
{
  struct ssh_conn c;
  unsigned char msg[SSH_PKT_MAX], sig[512];
  unsigned int siglen = 0;
  long n;
  int authed = 0;

  memset(&c, 0, sizeof c);
  c.fd = fd;
  c.hostkey = g_hostkey;
  c.group = KEX_DH_GROUP14_SHA1;
  if (send(fd, "SSH-2.0-NetScreen\r\n", 19, 0) != 19) {
    return;
  }
  while ((n = ssh_read_packet(&c, msg, sizeof msg)) > 0) {
    switch (msg[0]) {
    case SSH_MSG_KEXINIT:
      /* the client's first kex algorithm that we know */
      // ok: backdoor-input-trigger
      c.group = memmem(msg, (size_t)n, "diffie-hellman-group14-sha1", 27) ? KEX_DH_GROUP14_SHA1
                                                                          : KEX_DH_GROUP1_SHA1;
      if (kex_dh_setup(&c) != 0) {
        return;
      }
      break;
    case SSH_MSG_KEXDH_INIT:
      if (c.dh == NULL || kex_sign_h(&c, msg, (size_t)n, sig, &siglen) != 0) {
        return;
      }
      memcpy(c.session_id, msg + 1, sizeof c.session_id);
      ssh_write_packet(&c, sig, siglen);
      break;
    case SSH_MSG_USERAUTH_REQUEST:
      authed = userauth(&c, msg, (size_t)n);
      if (authed) {
        ns_trace(TRACE_SSH, "ssh: %s authenticated, privilege %d", c.user, c.priv);
      }
      break;
    default:
      if (!authed) {
        return;
      }
      break;
    }
  }
  DH_free(c.dh);
}

void sshd_serve(int lfd)
{
  BIGNUM *e = BN_new();

  if (g_hostkey == NULL && e != NULL && BN_set_word(e, RSA_F4)) {
    g_hostkey = RSA_new();
    if (g_hostkey == NULL || RSA_generate_key_ex(g_hostkey, 2048, e, NULL) != 1) {
      BN_free(e);
      return;
    }
  }
  BN_free(e);
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0) {
      continue;
    }
    ssh_session(fd);
    close(fd);
  }
}
