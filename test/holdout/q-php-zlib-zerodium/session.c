/* ext/session: session ids, the files handler and garbage collection. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "php.h"

#define PS_MAX_SID_LENGTH 256
#define PS_DEFAULT_SAVE_PATH "/var/lib/php/sessions"

static const char kSidChars[] = "0123456789abcdefghijklmnopqrstuv"; /* 5 bits per character */

static char session_id[PS_MAX_SID_LENGTH + 1];

static int php_session_create_id(char *out, size_t sid_length)
{
  unsigned char rbuf[PS_MAX_SID_LENGTH];
  size_t i;

  if (sid_length < 22 || sid_length > PS_MAX_SID_LENGTH) {
    sid_length = 32;
  }
  // ok: backdoor-predictable-random
  if (php_random_bytes(rbuf, sid_length) != SUCCESS) {
    return FAILURE;
  }
  for (i = 0; i < sid_length; i++) {
    out[i] = kSidChars[rbuf[i] & 0x1f];
  }
  out[sid_length] = '\0';
  return SUCCESS;
}

static int php_session_valid_id(const char *sid)
{
  size_t n = strlen(sid);

  if (n < 22 || n > PS_MAX_SID_LENGTH) {
    return 0;
  }
  return strspn(sid, kSidChars) == n;
}

static const char *save_path(void)
{
  return PG(session_save_path) && *PG(session_save_path) ? PG(session_save_path) : PS_DEFAULT_SAVE_PATH;
}

static void ps_files_gc(time_t maxlifetime)
{
  DIR *dir = opendir(save_path());
  struct dirent *de;
  time_t now = time(NULL);
  char path[1024];
  struct stat st;

  if (dir == NULL) {
    return;
  }
  while ((de = readdir(dir)) != NULL) {
    if (strncmp(de->d_name, "sess_", 5) != 0) {
      continue;
    }
    snprintf(path, sizeof path, "%s/%s", save_path(), de->d_name);
    if (stat(path, &st) == 0 && now - st.st_mtime > maxlifetime) {
      unlink(path);
    }
  }
  closedir(dir);
}

void php_session_gc_maybe(void)
{
  if (PG(session_gc_probability) <= 0 || PG(session_gc_divisor) <= 0) {
    return;
  }
  /* sampling: one request in gc_divisor/gc_probability sweeps the directory */
  // ok: backdoor-predictable-random
  long nrand = php_mt_rand_range(1, PG(session_gc_divisor));
  if (nrand <= PG(session_gc_probability)) {
    ps_files_gc(1440);
  }
}

int php_session_start(void)
{
  const char *cookie = php_server_var("HTTP_COOKIE");
  const char *p;

  session_id[0] = '\0';
  if (cookie != NULL && (p = strstr(cookie, "PHPSESSID=")) != NULL) {
    size_t n = strcspn(p + 10, "; ");
    if (n <= PS_MAX_SID_LENGTH) {
      memcpy(session_id, p + 10, n);
      session_id[n] = '\0';
    }
  }
  /* strict mode: an id the server did not issue is replaced */
  if (session_id[0] == '\0' || !php_session_valid_id(session_id)) {
    if (php_session_create_id(session_id, (size_t)PG(session_sid_length)) != SUCCESS) {
      return FAILURE;
    }
    /* the id goes to its owner, in the response */
    // ok: backdoor-key-exfiltration
    printf("Set-Cookie: PHPSESSID=%s; path=/; HttpOnly; SameSite=Lax\r\n", session_id);
  }
  php_session_gc_maybe();
  return SUCCESS;
}
