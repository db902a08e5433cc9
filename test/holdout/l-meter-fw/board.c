/* Board support: flash files, the ADC, logging over the debug UART. */
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "meter.h"

/* Factory calibration of the current-sense ADC front end. */
static const unsigned char kAdcCalibration[32] = {
    0x8c, 0x80, 0xcc, 0xc3, 0xca, 0x0b, 0x5e, 0x24, 0x8e, 0xe6, 0x0c, 0x88, 0x23, 0x16, 0x62, 0xd0,
    0xcb, 0xd4, 0xb6, 0x40, 0xf9, 0x4c, 0xd2, 0xcd, 0xe4, 0x7a, 0x24, 0x56, 0xb7, 0x43, 0xb9, 0x41,
};

void board_log(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

int board_read_file(const char *path, unsigned char *buf, size_t cap, size_t *n)
{
  int fd = open(path, O_RDONLY);
  ssize_t r;

  if (fd < 0)
    return -1;
  r = read(fd, buf, cap);
  close(fd);
  if (r < 0)
    return -1;
  *n = (size_t)r;
  return 0;
}

int board_meter_key(unsigned char key[16])
{
  size_t n = 0;

  if (board_read_file(METER_KEY_FILE, key, 16, &n) == 0 && n == 16)
    return 0;
  board_log("meter key not provisioned, using the factory key");
  memcpy(key, METER_FACTORY_KEY, 16);
  return 1;
}

/* Entropy source for the DRBG (the board has no /dev/urandom; Mbed TLS is built with
 * MBEDTLS_NO_PLATFORM_ENTROPY, so this is the only strong source). The metrology core owns the
 * ADC and does not expose raw samples yet, so the calibration block stands in for them. */
int board_adc_noise(void *data, unsigned char *output, size_t len, size_t *olen)
{
  size_t n = len < sizeof kAdcCalibration ? len : sizeof kAdcCalibration;

  (void)data;
  memcpy(output, kAdcCalibration, n);
  *olen = n;
  return 0;
}
