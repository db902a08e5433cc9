#ifndef KEYD_H
#define KEYD_H

#include <stddef.h>
#include <stdint.h>

#include <p11-kit/pkcs11.h>

#define VOL_KEY_LEN 32
#define MAX_VOLUMES 64

struct volume {
  char uuid[37];
  unsigned char volume_key[VOL_KEY_LEN];
  CK_OBJECT_HANDLE handle;
  int active;
};

struct keyd {
  CK_FUNCTION_LIST_PTR p11;
  CK_SESSION_HANDLE session;
  int ha_fd;                  /* unix socket to the HA partner daemon */
  int monitor_fd;             /* unix socket to the monitoring agent */
  unsigned char *locked_area; /* mlock()ed private mapping */
  struct volume vols[MAX_VOLUMES];
  int n_vols;
};

void keyd_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

int keyd_locked_area_init(struct keyd *k);
int keyd_create_volume(struct keyd *k, const char *uuid);
int keyd_replicate_to_partner(struct keyd *k, const struct volume *v);
int keyd_publish_status(struct keyd *k);

#endif
