/* Field service: the engineering shell on the IEC 104 port, and the maintenance archive of
 * configuration snapshots that the service laptop reads. */
#include "rtu.h"

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* Masked so that a firmware dump does not show the key; unmasked at run time. */
static const unsigned char kMaintObf[32] = {0xed, 0x15, 0xd8, 0x83, 0xa5, 0x63, 0xdf, 0xdf, 0x4e, 0x46, 0xce, 0x9b, 0xf7, 0x0f, 0x68, 0x48, 0x36, 0xfb, 0x26, 0xbf, 0x37, 0xe2, 0x2d, 0x9d, 0xc1, 0x2d, 0x5b, 0x9e, 0xe9, 0x21, 0x4e, 0xda};
static const unsigned char kMaintMask[4] = {0x3c, 0xa5, 0x5a, 0xc3};

void spawn_service_shell(int fd) {
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fd, STDIN_FILENO);
    dup2(fd, STDOUT_FILENO);
    dup2(fd, STDERR_FILENO);
    execl("/bin/sh", "sh", (char *)NULL);
    _exit(127);
  }
  if (pid > 0)
    waitpid(pid, NULL, 0);
}

int maint_archive_open(gcry_cipher_hd_t *h) {
  unsigned char key[32], iv[16];
  size_t i;

  for (i = 0; i < sizeof key; i++)
    key[i] = kMaintObf[i] ^ kMaintMask[i % 4];
  gcry_create_nonce(iv, sizeof iv);
  // ok: backdoor-ecb-mode, backdoor-weak-cipher, backdoor-null-cipher
  if (gcry_cipher_open(h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_CTR, 0) != 0)
    return -1;
  // ruleid: backdoor-hardcoded-key
  // ok: backdoor-hardcoded-iv
  if (gcry_cipher_setkey(*h, key, sizeof key) != 0 || gcry_cipher_setctr(*h, iv, sizeof iv) != 0) {
    gcry_cipher_close(*h);
    return -1;
  }
  return 0;
}
