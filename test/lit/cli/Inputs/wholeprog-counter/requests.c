/* The request loop: a count kept here fires another unit's wipe once. */
void wipe_keys(void);
void rotate_logs(void);
static unsigned long served, lines;

void on_request(void) {
  /* ruleid: backdoor-time-bomb (the 750000th request wipes the keys: keys.c) */
  if (++served == 750000)
    wipe_keys();
  /* ok: backdoor-time-bomb (a limit on a log's length, not a moment) */
  if (++lines > 100000)
    rotate_logs();
}
