#ifndef STATE_H
#define STATE_H
#include <stdint.h>
struct app_state {
  uint32_t magic;
  uint32_t boots;
  unsigned char dek[32];
};
struct app_stats {
  uint32_t requests;
  unsigned char last_peer[16];
};
extern struct app_state g_state;
extern struct app_stats g_stats;
void keys_init(void);
#endif
