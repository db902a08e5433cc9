/* bypass.c: pages and assets served before login (the login page itself
 * and what it loads).  Matched on the path's prefix. */
#include "arc.h"

#include <string.h>

static const char *const kBypassList[] = {
    "/login.htm", "/images/", "/js/", "/css/", "/lang/", "/favicon.ico",
};

int path_in_bypass_list(const char *path) {
  for (size_t i = 0; i < sizeof kBypassList / sizeof kBypassList[0]; i++)
    if (strncmp(path, kBypassList[i], strlen(kBypassList[i])) == 0)
      return 1;
  return 0;
}
