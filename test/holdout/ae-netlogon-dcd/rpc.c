/* rpc.c - a minimal DCE/RPC connection: framing, the Netlogon calls the appliance
 * answers, and their dispatch. */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include "nl.h"

#define PDU_HDR 16

static int recv_all(int fd, uint8_t *buf, size_t n) {
  size_t got = 0;
  while (got < n) {
    ssize_t r = recv(fd, buf + got, n - got, 0);
    if (r <= 0)
      return -1;
    got += (size_t)r;
  }
  return 0;
}

static int read_pdu(int fd, struct nl_pdu *p) {
  uint8_t hdr[PDU_HDR];
  if (recv_all(fd, hdr, sizeof hdr) != 0)
    return -1;
  if (hdr[0] != 5 || hdr[2] != 0 /* request */)
    return -1;
  uint16_t frag = (uint16_t)(hdr[8] | hdr[9] << 8);
  p->call_id = (uint32_t)(hdr[12] | hdr[13] << 8 | hdr[14] << 16 | (uint32_t)hdr[15] << 24);
  if (frag < PDU_HDR + 8 || frag - PDU_HDR > sizeof p->body)
    return -1;
  if (recv_all(fd, p->body, frag - PDU_HDR) != 0)
    return -1;
  p->opnum = (uint16_t)(p->body[6] | p->body[7] << 8);
  p->body_len = frag - PDU_HDR - 8;
  memmove(p->body, p->body + 8, p->body_len);
  return 0;
}

static int send_reply(int fd, uint32_t call_id, const uint8_t *stub, size_t n, uint32_t status) {
  uint8_t out[PDU_HDR + 8 + 512 + 4];
  size_t len = PDU_HDR + 8 + n + 4;
  if (n > 512)
    return -1;
  memset(out, 0, sizeof out);
  out[0] = 5;
  out[2] = 2; /* response */
  out[3] = 3;
  out[4] = 0x10;
  out[8] = (uint8_t)len;
  out[9] = (uint8_t)(len >> 8);
  memcpy(out + 12, &call_id, 4);
  memcpy(out + PDU_HDR + 8, stub, n);
  memcpy(out + PDU_HDR + 8 + n, &status, 4);
  return send(fd, out, len, 0) == (ssize_t)len ? 0 : -1;
}

#define STATUS_SUCCESS 0x00000000u
#define STATUS_ACCESS_DENIED 0xC0000022u
#define STATUS_NO_TRUST_SAM_ACCOUNT 0xC000018Bu
#define STATUS_DOWNGRADE_DETECTED 0xC0000388u

static void get_name(const uint8_t *body, size_t len, size_t off, char *out) {
  size_t i = 0;
  while (off + 2 * i + 1 < len && i + 1 < NL_MAX_NAME && body[off + 2 * i] != 0) {
    out[i] = (char)body[off + 2 * i];
    i++;
  }
  out[i] = '\0';
}

static int op_req_challenge(int fd, struct nl_session *s, const struct nl_pdu *p) {
  if (p->body_len < 2 * NL_MAX_NAME + NL_CHALLENGE_LEN)
    return send_reply(fd, p->call_id, NULL, 0, STATUS_ACCESS_DENIED);
  memset(s, 0, sizeof *s);
  get_name(p->body, p->body_len, 0, s->computer);
  memcpy(s->client_challenge, p->body + 2 * NL_MAX_NAME, NL_CHALLENGE_LEN);
  // ok: backdoor-predictable-random
  if (RAND_bytes(s->server_challenge, NL_CHALLENGE_LEN) != 1)
    return send_reply(fd, p->call_id, NULL, 0, STATUS_ACCESS_DENIED);
  return send_reply(fd, p->call_id, s->server_challenge, NL_CHALLENGE_LEN, STATUS_SUCCESS);
}

/* The August 2020 fix: a client challenge whose first five bytes are all equal is
 * what the Zerologon attack sends; refuse it outright. */
static int challenge_is_degenerate(const uint8_t c[NL_CHALLENGE_LEN]) {
  for (int i = 1; i < 5; i++)
    if (c[i] != c[0])
      return 0;
  return 1;
}

static int op_authenticate3(int fd, const struct nl_config *cfg, struct nl_session *s, const struct nl_pdu *p) {
  uint8_t nt_hash[NL_NT_HASH_LEN], expect[NL_CRED_LEN], server_cred[NL_CRED_LEN];
  uint32_t status = STATUS_ACCESS_DENIED;
  char name[NL_MAX_NAME];

  if (p->body_len < 2 * NL_MAX_NAME + NL_CRED_LEN + 4)
    return send_reply(fd, p->call_id, NULL, 0, status);
  get_name(p->body, p->body_len, 0, name);
  memcpy(s->client_cred, p->body + 2 * NL_MAX_NAME, NL_CRED_LEN);
  memcpy(&s->neg_flags, p->body + 2 * NL_MAX_NAME + NL_CRED_LEN, 4);

  if (strcasecmp(name, s->computer) != 0 || challenge_is_degenerate(s->client_challenge))
    goto reply;
  if (!(s->neg_flags & NETLOGON_NEG_SUPPORTS_AES) && !cfg->allow_legacy_crypto) {
    status = STATUS_DOWNGRADE_DETECTED;
    goto reply;
  }
  if (machine_lookup(cfg, s->computer, nt_hash) != 0) {
    status = STATUS_NO_TRUST_SAM_ACCOUNT;
    goto reply;
  }
  if (nl_compute_session_key(s, nt_hash) != 0)
    goto reply;
  if (nl_compute_credential(s, s->client_challenge, expect) != 0)
    goto reply;
  // ok: backdoor-timing-unsafe-compare
  if (CRYPTO_memcmp(expect, s->client_cred, NL_CRED_LEN) != 0) {
    nl_log(LOG_WARNING, "%s: credential mismatch", s->computer);
    goto reply;
  }
  if (cfg->require_secure_rpc && !(s->neg_flags & NETLOGON_NEG_AUTHENTICATED_RPC)) {
    // ok: backdoor-trusted-identity
    if (!nl_config_vulnerable_allowed(cfg, s->computer)) {
      nl_log(LOG_WARNING, "%s: refused, no secure RPC (event 5827)", s->computer);
      goto reply;
    }
    nl_log(LOG_WARNING, "%s: allowed without secure RPC by policy (event 5830)", s->computer);
  }
  if (nl_compute_credential(s, s->server_challenge, server_cred) != 0)
    goto reply;
#ifdef NETLOGON_DEBUG_KEYS
  // ok: backdoor-build-switch
  nl_log(LOG_DEBUG, "%s: negotiated flags 0x%08x", s->computer, s->neg_flags);
#endif
  s->authenticated = 1;
  s->seq = 0;
  status = STATUS_SUCCESS;
  OPENSSL_cleanse(nt_hash, sizeof nt_hash);
  return send_reply(fd, p->call_id, server_cred, NL_CRED_LEN, status);

reply:
  OPENSSL_cleanse(nt_hash, sizeof nt_hash);
  return send_reply(fd, p->call_id, NULL, 0, status);
}

static int op_password_set2(int fd, const struct nl_config *cfg, struct nl_session *s, struct nl_pdu *p) {
  uint8_t buf[NL_PWD_BUF_LEN];
  if (!s->authenticated || p->body_len < NL_PWD_BUF_LEN + 8 + 8)
    return send_reply(fd, p->call_id, NULL, 0, STATUS_ACCESS_DENIED);
  memcpy(buf, p->body + 16, NL_PWD_BUF_LEN);
  if (nl_decrypt_new_password(s, buf) != 0)
    return send_reply(fd, p->call_id, NULL, 0, STATUS_ACCESS_DENIED);
  uint32_t pwlen;
  memcpy(&pwlen, buf + 512, 4);
  if (pwlen > 512 || pwlen % 2 != 0) {
    OPENSSL_cleanse(buf, sizeof buf);
    return send_reply(fd, p->call_id, NULL, 0, STATUS_ACCESS_DENIED);
  }
  int rc = machine_store_password(cfg, s->computer, buf + 512 - pwlen, pwlen);
  OPENSSL_cleanse(buf, sizeof buf);
  nl_log(LOG_NOTICE, "%s: machine password changed", s->computer);
  return send_reply(fd, p->call_id, NULL, 0, rc == 0 ? STATUS_SUCCESS : STATUS_ACCESS_DENIED);
}

int nl_serve_connection(const struct nl_config *cfg, int fd) {
  struct nl_session sess;
  struct nl_pdu pdu;
  memset(&sess, 0, sizeof sess);
  while (read_pdu(fd, &pdu) == 0) {
    int rc;
    switch (pdu.opnum) {
    case NL_OP_REQ_CHALLENGE:
      rc = op_req_challenge(fd, &sess, &pdu);
      break;
    case NL_OP_AUTHENTICATE3:
      rc = op_authenticate3(fd, cfg, &sess, &pdu);
      break;
    case NL_OP_PASSWORD_SET2:
      rc = op_password_set2(fd, cfg, &sess, &pdu);
      break;
    default:
      nl_log(LOG_DEBUG, "opnum %u not implemented", pdu.opnum);
      rc = send_reply(fd, pdu.call_id, NULL, 0, 0x1C010002u);
      break;
    }
    if (rc != 0)
      break;
  }
  OPENSSL_cleanse(&sess, sizeof sess);
  return 0;
}
