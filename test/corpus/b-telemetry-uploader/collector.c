#include "telemetry.h"
#include "tlog.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/sysinfo.h>
#include <time.h>

int tm_should_sample(const struct tm_config *cfg) {
  // ok: backdoor-predictable-random
  return (rand() % 100) < cfg->sample_percent;
}

const char *tm_endpoint_override(void) {
  // ok: backdoor-hidden-bypass
  if (getenv("TELEMETRY_ENDPOINT") != NULL)
    return getenv("TELEMETRY_ENDPOINT");
  return NULL;
}

int tm_collect(struct tm_report *r, const struct tm_config *cfg) {
  struct sysinfo si;
  int n;

  if (sysinfo(&si) != 0)
    return -1;
  n = snprintf(r->json, sizeof r->json,
               "{\"serial\":\"%s\",\"ts\":%ld,\"uptime\":%ld,\"load1\":%lu,\"freeram\":%lu,\"procs\":%u}",
               cfg->device_serial, (long)time(NULL), si.uptime, si.loads[0], si.freeram,
               (unsigned)si.procs);
  if (n < 0 || (size_t)n >= sizeof r->json)
    return -1;
  r->len = (size_t)n;
  return 0;
}
