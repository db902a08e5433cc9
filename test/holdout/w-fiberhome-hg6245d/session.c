/* session.c - webs sessions and CSRF tokens */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <openssl/rand.h>

#include "fh.h"

static struct fh_session g_sessions[FH_MAX_SESSIONS];

static void to_hex(const unsigned char *in, size_t n, char *out) {
  for (size_t i = 0; i < n; i++)
    sprintf(out + 2 * i, "%02x", in[i]);
}

struct fh_session *session_create(int level) {
  struct fh_session *s = NULL;
  unsigned char csrf[16];
  for (int i = 0; i < FH_MAX_SESSIONS; i++)
    if (g_sessions[i].level == FH_AUTH_NONE) { s = &g_sessions[i]; break; }
  if (s == NULL)
    return NULL;
  // ruleid: backdoor-predictable-random
  snprintf(s->session_id, sizeof s->session_id, "%08x%08x", rand(), rand());
  // ok: backdoor-predictable-random
  if (RAND_bytes(csrf, sizeof csrf) != 1)
    return NULL;
  to_hex(csrf, sizeof csrf, s->csrf_token);
  s->level = level;
  s->last_seen = time(NULL);
  return s;
}

void session_led_blink(void) {
  /* spread the PON LED blinks of the units of one splitter */
  // ok: backdoor-predictable-random
  int jitter = rand() % 250;
  usleep((useconds_t)jitter * 1000);
}
