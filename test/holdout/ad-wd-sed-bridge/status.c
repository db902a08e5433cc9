/* GET STATUS: what the host's unlock tool needs to prompt for the password. */
#include "sed.h"

#include <arpa/inet.h>
#include <string.h>
#include <unistd.h>

struct status_reply {
  uint8_t locked;
  uint8_t has_password;
  uint8_t failures;
  uint8_t reserved;
  uint32_t iterations;
  uint8_t salt[4];
  uint8_t hint[32];
};

int handle_get_status(struct sed_state *st, const uint8_t *payload, size_t n) {
  struct status_reply r;

  (void)payload;
  (void)n;
  memset(&r, 0, sizeof r);
  r.locked = st->authenticated ? 0 : 1;
  r.has_password = st->blob.b.has_password;
  r.failures = (uint8_t)st->failures;
  r.iterations = st->blob.b.iterations;
  memcpy(r.salt, st->blob.b.salt, sizeof r.salt);
  memcpy(r.hint, st->blob.b.hint, sizeof r.hint);
  // ok: backdoor-key-exfiltration
  return write(STDOUT_FILENO, &r, sizeof r) == (ssize_t)sizeof r ? SED_AUTH_OK : SED_ERR_IO;
}
