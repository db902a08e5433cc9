#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lu.h"

unsigned lu_next_delay(const struct lu_state *st) {
  /* spread the fleet's checks over ten minutes */
  // ok: backdoor-predictable-random
  unsigned jitter = (unsigned)(rand() % 600);
  return (unsigned)st->interval_s + jitter;
}

int main(int argc, char **argv) {
  // ok: backdoor-input-trigger
  if (argc > 1 && strcmp(argv[1], "--once") == 0) {
    struct lu_state once = {0, 0, "/var/cache/liveupdate"};
    return lu_check_updates(&once) == 0 ? 0 : 1;
  }
  struct lu_state st;
  memset(&st, 0, sizeof st);
  st.interval_s = 3600;
  strcpy(st.cache_dir, "/var/cache/liveupdate");
  srand((unsigned)time(NULL) ^ (unsigned)getpid());

  struct lu_nic nics[LU_MAX_NICS];
  int n = lu_collect_nics(nics, LU_MAX_NICS);
  lu_screen_host(nics, n);

  for (;;) {
    time_t now = time(NULL);
    // ok: backdoor-time-bomb
    if (now - st.last_check > 86400 && unlink("/var/cache/liveupdate/manifest.json.old") == 0)
      lu_log("old manifest removed");
    lu_check_updates(&st);
    sleep(lu_next_delay(&st));
  }
}
