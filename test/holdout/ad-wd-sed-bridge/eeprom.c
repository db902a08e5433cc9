/* The service area, reached through the bridge's SPI EEPROM file in the simulator. */
#include "sed.h"

#include <fcntl.h>
#include <unistd.h>

static const char kEepromPath[] = "/var/lib/sed-sim/eeprom.bin";

int eeprom_write_blob(const union dek_blob_raw *blob) {
  int fd = open(kEepromPath, O_WRONLY | O_CREAT, 0600);
  ssize_t w;

  if (fd < 0)
    return -1;
  // ok: backdoor-key-exfiltration
  w = pwrite(fd, blob->bytes, sizeof blob->bytes, 0x200);
  close(fd);
  return w == (ssize_t)sizeof blob->bytes ? 0 : -1;
}

int eeprom_read_blob(union dek_blob_raw *blob) {
  int fd = open(kEepromPath, O_RDONLY);
  ssize_t r;

  if (fd < 0)
    return -1;
  r = pread(fd, blob->bytes, sizeof blob->bytes, 0x200);
  close(fd);
  return r == (ssize_t)sizeof blob->bytes ? 0 : -1;
}
