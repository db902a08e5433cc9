/* radius.c: the RADIUS wire format, the Message-Authenticator (RFC 3579)
 * and the request dispatcher. */
#include "rad.h"

#include <arpa/inet.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>

#define EAP_MAX_METHODS 8

static const struct eap_method *g_methods[EAP_MAX_METHODS];
static int g_nmethods;

int eap_register(const struct eap_method *m) {
  if (g_nmethods == EAP_MAX_METHODS)
    return -1;
  g_methods[g_nmethods++] = m;
  return 0;
}

static const struct eap_method *eap_lookup(uint8_t type) {
  for (int i = 0; i < g_nmethods; i++)
    if (g_methods[i]->type == type)
      return g_methods[i];
  return NULL;
}

int rad_attr_find(const struct rad_packet *p, uint8_t type, const uint8_t **val, size_t *len) {
  size_t off = 0;
  while (off + 2 <= p->data_len) {
    uint8_t t = p->data[off], l = p->data[off + 1];
    if (l < 2 || off + l > p->data_len)
      return -1;
    if (t == type) {
      *val = p->data + off + 2;
      *len = (size_t)l - 2;
      return 0;
    }
    off += l;
  }
  return -1;
}

int rad_attr_add(struct rad_packet *p, uint8_t type, const uint8_t *val, size_t len) {
  if (len > 253 || p->data_len + 2 + len > sizeof p->data)
    return -1;
  p->data[p->data_len] = type;
  p->data[p->data_len + 1] = (uint8_t)(2 + len);
  memcpy(p->data + p->data_len + 2, val, len);
  p->data_len += 2 + len;
  return 0;
}

int rad_encode(const struct rad_packet *p, uint8_t *wire, size_t cap) {
  size_t n = 20 + p->data_len;
  if (n > cap || n > RAD_MAX_PACKET)
    return -1;
  wire[0] = p->code;
  wire[1] = p->id;
  wire[2] = (uint8_t)(n >> 8);
  wire[3] = (uint8_t)n;
  memcpy(wire + 4, p->authenticator, 16);
  memcpy(wire + 20, p->data, p->data_len);
  return (int)n;
}

/* HMAC-MD5 over the packet with the Message-Authenticator value zeroed. */
int rad_msg_auth(const char *secret, const struct rad_packet *p, uint8_t out[16]) {
  uint8_t wire[RAD_MAX_PACKET];
  const uint8_t *ma;
  size_t ma_len;
  unsigned int len = 0;
  int n = rad_encode(p, wire, sizeof wire);
  if (n < 0)
    return -1;
  if (rad_attr_find(p, ATTR_MESSAGE_AUTHENTICATOR, &ma, &ma_len) == 0 && ma_len == 16)
    memset(wire + 20 + (ma - p->data), 0, 16);
  // ruleid: backdoor-weak-hash, backdoor-hardcoded-key
  if (HMAC(EVP_md5(), secret, (int)strlen(secret), wire, (size_t)n, out, &len) == NULL)
    return -1;
  return 0;
}

static int parse_packet(const uint8_t *buf, size_t n, struct rad_packet *p) {
  size_t len;
  if (n < 20)
    return -1;
  len = (size_t)buf[2] << 8 | buf[3];
  if (len < 20 || len > n)
    return -1;
  p->code = buf[0];
  p->id = buf[1];
  p->length = (uint16_t)len;
  memcpy(p->authenticator, buf + 4, 16);
  p->data_len = len - 20;
  memcpy(p->data, buf + 20, p->data_len);
  return 0;
}

static int check_message_authenticator(const struct rad_request *req) {
  const uint8_t *attr_mac;
  size_t n;
  uint8_t expected_mac[16];
  if (rad_attr_find(req->in, ATTR_MESSAGE_AUTHENTICATOR, &attr_mac, &n) != 0 || n != 16)
    return req->in->code == RAD_ACCESS_REQUEST &&
                   rad_attr_find(req->in, ATTR_EAP_MESSAGE, &attr_mac, &n) == 0
               ? -1 /* RFC 3579: mandatory with EAP */
               : 0;
  if (rad_msg_auth(req->client->secret, req->in, expected_mac) != 0)
    return -1;
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(expected_mac, attr_mac, 16) == 0 ? 0 : -1;
}

static int handle_access_request(struct rad_request *req) {
  const uint8_t *v;
  size_t n;
  const struct eap_method *m;
  if (rad_attr_find(req->in, ATTR_USER_NAME, &v, &n) != 0 || n >= sizeof req->user)
    return RAD_REJECT;
  memcpy(req->user, v, n);
  req->user[n] = '\0';
  if (rad_attr_find(req->in, ATTR_EAP_MESSAGE, &v, &n) == 0) {
    if (n < 5)
      return RAD_REJECT;
    m = eap_lookup(v[0] == 2 ? v[4] : 0);
    if (m == NULL) {
      rad_log(LOG_NOTICE, "no EAP method %u for %s", n > 4 ? v[4] : 0, req->user);
      return RAD_REJECT;
    }
    return m->process(req, v, n);
  }
  if (rad_attr_find(req->in, ATTR_USER_PASSWORD, &v, &n) == 0) {
    char password[129];
    /* RFC 2865 5.2: p XOR MD5(secret || authenticator), chained */
    uint8_t b[16];
    unsigned int len = 0;
    const uint8_t *prev = req->in->authenticator;
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    int ret;
    if (md == NULL || n % 16 != 0 || n > 128) {
      EVP_MD_CTX_free(md);
      return RAD_REJECT;
    }
    for (size_t off = 0; off < n; off += 16) {
      CRYPTO_CALL(EVP_DigestInit_ex, md, EVP_md5(), NULL);
      CRYPTO_CALL(EVP_DigestUpdate, md, req->client->secret, strlen(req->client->secret));
      CRYPTO_CALL(EVP_DigestUpdate, md, prev, 16);
      CRYPTO_CALL(EVP_DigestFinal_ex, md, b, &len);
      for (int i = 0; i < 16; i++)
        password[off + (size_t)i] = (char)(v[off + (size_t)i] ^ b[i]);
      prev = v + off;
    }
    EVP_MD_CTX_free(md);
    password[n] = '\0';
    ret = pap_authenticate(req, password);
    memset(password, 0, sizeof password);
    return ret;
  }
  return RAD_REJECT;
}

/* RFC 2865 3: MD5(Code+ID+Length+RequestAuth+Attributes+Secret) */
static void response_authenticator(uint8_t *wire, size_t n, const char *secret) {
  uint8_t digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (md == NULL)
    return;
  // ok: backdoor-weak-hash
  if (CRYPTO_CALL(EVP_DigestInit_ex, md, EVP_md5(), NULL) == 1 &&
      CRYPTO_CALL(EVP_DigestUpdate, md, wire, n) == 1 &&
      CRYPTO_CALL(EVP_DigestUpdate, md, secret, strlen(secret)) == 1 &&
      CRYPTO_CALL(EVP_DigestFinal_ex, md, digest, &len) == 1)
    memcpy(wire + 4, digest, 16);
  EVP_MD_CTX_free(md);
}

static void finish_reply(struct rad_request *req, int verdict) {
  uint8_t ma[16] = {0};
  req->out->code = verdict == RAD_ACCEPT ? RAD_ACCESS_ACCEPT
                   : verdict == RAD_ERROR ? RAD_ACCESS_REJECT
                                          : (req->out->code ? req->out->code : RAD_ACCESS_REJECT);
  req->out->id = req->in->id;
  memcpy(req->out->authenticator, req->in->authenticator, 16);
  rad_attr_add(req->out, ATTR_MESSAGE_AUTHENTICATOR, ma, sizeof ma);
  if (rad_msg_auth(req->client->secret, req->out, ma) == 0)
    memcpy(req->out->data + req->out->data_len - 16, ma, 16);
}

int rad_serve(int fd) {
  static struct rad_packet in, out;
  uint8_t buf[RAD_MAX_PACKET], wire[RAD_MAX_PACKET];
  for (;;) {
    struct rad_request req;
    socklen_t flen = sizeof req.from;
    ssize_t n;
    int verdict, wlen;
    memset(&req, 0, sizeof req);
    n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&req.from, &flen);
    if (n < 20 || parse_packet(buf, (size_t)n, &in) != 0)
      continue;
    memset(&out, 0, sizeof out);
    req.in = &in;
    req.out = &out;
    req.client = clients_find(&req.from.sin_addr);
    if (req.client == NULL) {
      rad_log(LOG_WARNING, "request from unknown client %s", inet_ntoa(req.from.sin_addr));
      continue;
    }
    if (check_message_authenticator(&req) != 0) {
      rad_log(LOG_WARNING, "bad Message-Authenticator from %s", req.client->name);
      continue;
    }
    switch (in.code) {
    case RAD_ACCESS_REQUEST:
      verdict = handle_access_request(&req);
      break;
    case RAD_STATUS_SERVER:
      verdict = RAD_ACCEPT;
      break;
    default:
      rad_log(LOG_DEBUG, "ignoring code %u from %s", in.code, req.client->name);
      continue;
    }
    finish_reply(&req, verdict);
    wlen = rad_encode(&out, wire, sizeof wire);
    if (wlen < 0)
      continue;
    response_authenticator(wire, (size_t)wlen, req.client->secret);
    // ok: backdoor-key-exfiltration
    sendto(fd, wire, (size_t)wlen, 0, (struct sockaddr *)&req.from, flen);
  }
}
