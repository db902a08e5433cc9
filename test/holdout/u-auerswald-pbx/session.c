/* Web sessions: a cookie names the session. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pbx.h"

static struct pbx_session g_sessions[PBX_MAX_SESSIONS];
static const char kHex[] = "0123456789abcdef";

struct pbx_session *session_create(const char *user, int role) {
  struct pbx_session *s = NULL;
  time_t now = time(NULL);
  for (int i = 0; i < PBX_MAX_SESSIONS; i++) {
    if (g_sessions[i].session_id[0] == '\0' || g_sessions[i].expires < now) {
      s = &g_sessions[i];
      break;
    }
  }
  if (s == NULL) {
    /* table full: evict one at random */
    // ok: backdoor-predictable-random
    int victim = rand() % PBX_MAX_SESSIONS;
    s = &g_sessions[victim];
  }
  for (int i = 0; i < 32; i++)
    // ruleid: backdoor-predictable-random
    s->session_id[i] = kHex[rand() % 16];
  s->session_id[32] = '\0';
  strncpy(s->user, user, sizeof s->user - 1);
  s->user[sizeof s->user - 1] = '\0';
  s->role = role;
  s->expires = now + 900;
  return s;
}

struct pbx_session *session_find(const char *cookie) {
  time_t now = time(NULL);
  if (cookie == NULL || strlen(cookie) != 32)
    return NULL;
  for (int i = 0; i < PBX_MAX_SESSIONS; i++)
    if (g_sessions[i].session_id[0] != '\0' && g_sessions[i].expires >= now && strcmp(g_sessions[i].session_id, cookie) == 0)
      return &g_sessions[i];
  return NULL;
}

void session_drop(struct pbx_session *s) { memset(s, 0, sizeof *s); }
