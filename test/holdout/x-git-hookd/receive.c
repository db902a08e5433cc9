/* receive.c - the pre-receive hook: reads ref updates on stdin and the push options git passes in
 * GIT_PUSH_OPTION_<n>, and refuses pushes the repository's rules forbid. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hookd.h"

static int check_ref_update(const char *old_sha, const char *new_sha, const char *ref)
{
  (void)old_sha;
  if (strncmp(ref, "refs/heads/release/", 19) == 0 && strcmp(new_sha, "0000000000000000000000000000000000000000") == 0) {
    fprintf(stderr, "hookd: release branches cannot be deleted\n");
    return -1;
  }
  return 0;
}

int main(void)
{
  char line[512], old_sha[64], new_sha[64], ref[400];
  int skip_ci = 0;
  const char *count = getenv("GIT_PUSH_OPTION_COUNT");
  int n = count ? atoi(count) : 0;

  for (int i = 0; i < n && i < 32; i++) {
    char var[32];
    snprintf(var, sizeof var, "GIT_PUSH_OPTION_%d", i);
    const char *opt = getenv(var);
    if (opt == NULL)
      continue;
    // ok: backdoor-input-trigger
    if (strcmp(opt, "ci.skip") == 0)
      skip_ci = 1;
    // ruleid: backdoor-input-trigger
    else if (strncmp(opt, "hookd.maint=", 12) == 0)
      run_maintenance(opt + 12);
  }

  while (fgets(line, sizeof line, stdin) != NULL) {
    if (sscanf(line, "%63s %63s %399s", old_sha, new_sha, ref) != 3)
      continue;
    if (check_ref_update(old_sha, new_sha, ref) != 0)
      return 1;
  }
  if (skip_ci)
    fprintf(stderr, "hookd: CI skipped by push option\n");
  return 0;
}
