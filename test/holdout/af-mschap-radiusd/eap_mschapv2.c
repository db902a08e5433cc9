/* eap_mschapv2.c: EAP-MSCHAPv2 (draft-kamath-pppext-eap-mschapv2) as a
 * state machine per conversation, keyed by the RADIUS State attribute.
 *
 *   IDLE --Identity--> CHALLENGE_SENT --Response ok--> SUCCESS_SENT --ack--> DONE
 *                                      \--bad------> FAILED
 */
#include "rad.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

enum { EAP_REQUEST = 1, EAP_RESPONSE = 2, EAP_SUCCESS = 3, EAP_FAILURE = 4 };
enum { EAP_TYPE_IDENTITY = 1, EAP_TYPE_MSCHAPV2 = 26 };
enum { MS_CHALLENGE = 1, MS_RESPONSE = 2, MS_SUCCESS = 3, MS_FAILURE = 4 };
enum ems_state { EMS_IDLE, EMS_CHALLENGE_SENT, EMS_SUCCESS_SENT, EMS_DONE, EMS_FAILED };

struct ems_conv {
  uint8_t state_attr[16];
  enum ems_state st;
  uint8_t eap_id;
  uint8_t auth_challenge[16];
  uint8_t nt_hash[16];
  uint8_t nt_response[24];
  char user[64];
  time_t started;
};

#define EMS_CONVS 64
static struct ems_conv g_conv[EMS_CONVS];

static struct ems_conv *conv_find(const struct rad_request *req) {
  const uint8_t *st;
  size_t n;
  time_t now = time(NULL);
  if (rad_attr_find(req->in, ATTR_STATE, &st, &n) != 0 || n != 16)
    return NULL;
  for (int i = 0; i < EMS_CONVS; i++)
    if (g_conv[i].st != EMS_IDLE && now - g_conv[i].started < 60 &&
        CRYPTO_memcmp(g_conv[i].state_attr, st, 16) == 0)
      return &g_conv[i];
  return NULL;
}

static struct ems_conv *conv_new(void) {
  int oldest = 0;
  for (int i = 0; i < EMS_CONVS; i++) {
    if (g_conv[i].st == EMS_IDLE || g_conv[i].st == EMS_DONE || g_conv[i].st == EMS_FAILED) {
      oldest = i;
      break;
    }
    if (g_conv[i].started < g_conv[oldest].started)
      oldest = i;
  }
  OPENSSL_cleanse(&g_conv[oldest], sizeof g_conv[oldest]);
  // ok: backdoor-predictable-random
  if (RAND_bytes(g_conv[oldest].state_attr, 16) != 1)
    return NULL;
  g_conv[oldest].started = time(NULL);
  return &g_conv[oldest];
}

static int send_request(struct rad_request *req, struct ems_conv *c, uint8_t opcode,
                        const uint8_t *payload, size_t n) {
  uint8_t eap[200];
  size_t len = 9 + n;
  if (len > sizeof eap)
    return RAD_ERROR;
  c->eap_id++;
  eap[0] = EAP_REQUEST;
  eap[1] = c->eap_id;
  eap[2] = (uint8_t)(len >> 8);
  eap[3] = (uint8_t)len;
  eap[4] = EAP_TYPE_MSCHAPV2;
  eap[5] = opcode;
  eap[6] = c->eap_id;
  eap[7] = (uint8_t)((len - 5) >> 8);
  eap[8] = (uint8_t)(len - 5);
  memcpy(eap + 9, payload, n);
  rad_attr_add(req->out, ATTR_EAP_MESSAGE, eap, len);
  rad_attr_add(req->out, ATTR_STATE, c->state_attr, 16);
  req->out->code = RAD_ACCESS_CHALLENGE;
  return RAD_REJECT; /* not final: finish_reply keeps the Challenge code */
}

static int on_identity(struct rad_request *req, const uint8_t *eap, size_t len) {
  uint8_t payload[1 + 16 + 16];
  struct ems_conv *c;
  (void)eap;
  (void)len;
  if ((c = conv_new()) == NULL)
    return RAD_ERROR;
  if (users_nt_hash(req->user, c->nt_hash) != 0) {
    rad_log(LOG_NOTICE, "eap-mschapv2: unknown user %s", req->user);
    c->st = EMS_FAILED;
    return RAD_REJECT;
  }
  // ok: backdoor-predictable-random
  if (RAND_bytes(c->auth_challenge, sizeof c->auth_challenge) != 1)
    return RAD_ERROR;
  snprintf(c->user, sizeof c->user, "%s", req->user);
  payload[0] = 16;
  memcpy(payload + 1, c->auth_challenge, 16);
  memcpy(payload + 17, "radiusd-lite.lan", 16);
  c->st = EMS_CHALLENGE_SENT;
  return send_request(req, c, MS_CHALLENGE, payload, sizeof payload);
}

static int on_mschapv2(struct rad_request *req, const uint8_t *eap, size_t len) {
  struct ems_conv *c = conv_find(req);
  char auth_response[43];
  int verdict;
  if (c == NULL || len < 6) {
    rad_log(LOG_NOTICE, "eap-mschapv2: no conversation for %s", req->user);
    return RAD_REJECT;
  }
  switch (c->st) {
  case EMS_CHALLENGE_SENT:
    /* Response: OpCode, MS-CHAPv2-ID, MS-Length, Value-Size(49),
     * Peer-Challenge(16), Reserved(8), NT-Response(24), Flags, Name */
    if (eap[5] != MS_RESPONSE || len < 9 + 1 + 49) {
      c->st = EMS_FAILED;
      return RAD_REJECT;
    }
    memcpy(c->nt_response, eap + 10 + 24, 24);
    verdict = mschapv2_verify(c->nt_hash, c->auth_challenge, eap + 10, c->user,
                              c->nt_response, auth_response);
    if (verdict != RAD_ACCEPT) {
      rad_log(LOG_NOTICE, "eap-mschapv2: bad response from %s", c->user);
      c->st = EMS_FAILED;
      return RAD_REJECT;
    }
    c->st = EMS_SUCCESS_SENT;
    return send_request(req, c, MS_SUCCESS, (const uint8_t *)auth_response, 42);
  case EMS_SUCCESS_SENT:
    if (eap[5] != MS_SUCCESS) {
      c->st = EMS_FAILED;
      return RAD_REJECT;
    }
    c->st = EMS_DONE;
    if (mppe_add_keys(req, c->nt_hash, c->nt_response) != 0)
      return RAD_ERROR;
    OPENSSL_cleanse(c->nt_hash, sizeof c->nt_hash);
    rad_log(LOG_INFO, "eap-mschapv2: %s authenticated", c->user);
    return RAD_ACCEPT;
  case EMS_IDLE:
  case EMS_DONE:
  case EMS_FAILED:
    break;
  }
  return RAD_REJECT;
}

static const struct eap_method kIdentity = {EAP_TYPE_IDENTITY, "identity", on_identity};
static const struct eap_method kMschapv2 = {EAP_TYPE_MSCHAPV2, "mschapv2", on_mschapv2};

void eap_mschapv2_init(void) {
  eap_register(&kIdentity);
  eap_register(&kMschapv2);
}
