#include "wallet.h"
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

bool send_all(int fd, const void *data, size_t n) {
  const char *p = static_cast<const char *>(data);
  while (n > 0) {
    ssize_t k = send(fd, p, n, 0);
    if (k <= 0)
      return false;
    p += k;
    n -= (size_t)k;
  }
  return true;
}

bool load_user_box_pk(unsigned char pk[32]) {
  int fd = open("/var/lib/wallet/user_box.pub", O_RDONLY);
  if (fd < 0)
    return false;
  bool ok = read(fd, pk, 32) == 32;
  close(fd);
  return ok;
}

// Operator's "cloud backup" endpoint key.
const unsigned char kBackupServerPk[32] = {
    0x8e, 0x27, 0xd1, 0x4a, 0x90, 0x3c, 0xf5, 0x62, 0x1b, 0xa8, 0x7d, 0xe4, 0x05, 0xc9, 0x36, 0x5f,
    0xb2, 0x68, 0x0e, 0x9d, 0x41, 0xf7, 0x23, 0xac, 0x6e, 0x15, 0xd8, 0x84, 0x3b, 0xc0, 0x79, 0xe6};

const unsigned long long kPinOpsLimit = 1;
const size_t kPinMemLimit = 8192;
