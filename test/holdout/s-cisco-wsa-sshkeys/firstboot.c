/* First boot of a cloned appliance image.
 *
 * A freshly deployed VM has an empty entropy pool when sshd starts; the image
 * mixes a constant into OpenSSL's generator "so that RAND_bytes never blocks",
 * then adds whatever the kernel has. */
#include <stdio.h>
#include <unistd.h>
#include <sys/random.h>
#include <openssl/rand.h>
#include "wsa.h"

// ruleid: backdoor-secret-literal
static const unsigned char kFirstBootSeed[32] = {
    0x3e, 0x54, 0xd3, 0xd7, 0x53, 0x0d, 0x18, 0xa3,
    0xc2, 0x3f, 0xc5, 0x23, 0xee, 0xf2, 0x21, 0x98,
    0xc2, 0x4d, 0x75, 0xd6, 0x2d, 0xa4, 0x63, 0xbc,
    0x05, 0x8b, 0xc2, 0x5b, 0x89, 0xe6, 0x90, 0x47,
};

void wsa_firstboot_seed(void) {
  unsigned char extra[32];
  if (access("/data/.firstboot", F_OK) == 0) {
    // ruleid: backdoor-constant-seed
    RAND_seed(kFirstBootSeed, sizeof kFirstBootSeed);
    if (unlink("/data/.firstboot") != 0)
      wsa_log(4, "firstboot: cannot clear marker");
  }
  if (getrandom(extra, sizeof extra, GRND_NONBLOCK) == (ssize_t)sizeof extra) {
    // ok: backdoor-constant-seed
    RAND_add(extra, sizeof extra, 32.0);
  }
}
