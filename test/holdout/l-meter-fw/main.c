/* Communication processor main loop. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "meter.h"

#define MAX_RECORDS 96

static int read_interval_records(unsigned char *recs, size_t *count)
{
  size_t n = 0;

  if (board_read_file("/run/metrology/intervals", recs, MAX_RECORDS * METER_RECORD_LEN, &n) != 0)
    return -1;
  *count = n / METER_RECORD_LEN;
  return 0;
}

static int push_profile(const struct meter_cfg *cfg, const unsigned char *blk, size_t n)
{
  unsigned char session_key[16], iv[12], tag[16], out[1024 + 28];

  if (n > 1024 || uplink_random(session_key, sizeof session_key) != 0 ||
      uplink_random(iv, sizeof iv) != 0)
    return -1;
  memcpy(out, iv, sizeof iv);
  if (records_seal_profile(session_key, iv, blk, n, out + sizeof iv, tag) != 0)
    return -1;
  memcpy(out + sizeof iv + n, tag, sizeof tag);
  return uplink_send(cfg, out, sizeof iv + n + sizeof tag);
}

int main(void)
{
  static unsigned char recs[MAX_RECORDS * METER_RECORD_LEN], sealed[sizeof recs];
  unsigned char profile[1024];
  struct meter_cfg cfg = {"hes.utility.example", "4059", 2, 0};
  size_t count = 0, n = 0;

  if (update_boot_check() != 0)
    board_log("bank B image not valid, staying on bank A");
  for (;;) {
    if (read_interval_records(recs, &count) == 0 && count > 0 &&
        records_seal_interval(recs, count, sealed) == 0)
      uplink_send(&cfg, sealed, count * METER_RECORD_LEN);
    if (board_read_file("/run/metrology/profile", profile, sizeof profile, &n) == 0)
      push_profile(&cfg, profile, n);
    sleep(900);
  }
}
