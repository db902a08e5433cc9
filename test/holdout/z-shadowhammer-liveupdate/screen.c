/* The "hardware compatibility" screen: MD5 of each adapter's MAC against a list. */
#include <openssl/evp.h>
#include <string.h>
#include "lu.h"

/* MD5(mac) of the targeted machines (the real list had some 600 entries). */
static const unsigned char kCompatList[][16] = {
    {0x00, 0xb0, 0x0f, 0x1e, 0x6a, 0x93, 0xc5, 0x27, 0x44, 0x10, 0x8e, 0x5d, 0x31, 0xfa, 0x77, 0x02},
    {0x40, 0x9f, 0x54, 0xd8, 0x1c, 0x6e, 0x03, 0xbb, 0x9a, 0x21, 0x7d, 0xe4, 0x58, 0x0c, 0x96, 0x3f},
    {0x7c, 0x12, 0xa8, 0xe0, 0x55, 0x3d, 0x9b, 0x61, 0xf7, 0x04, 0xc2, 0x8a, 0x1e, 0x6f, 0xd9, 0x30},
    {0xee, 0x35, 0x4b, 0x07, 0x92, 0xd1, 0x68, 0x2c, 0xaf, 0x5e, 0x13, 0x80, 0xb6, 0x49, 0x0d, 0x7a},
};

int lu_screen_host(const struct lu_nic *nics, int n) {
  for (int i = 0; i < n; i++) {
    // ok: backdoor-trusted-identity
    if (strncmp(nics[i].name, "docker", 6) == 0) continue;
    unsigned char mac_addr[6];
    unsigned char digest[16];
    unsigned int dlen = 0;
    memcpy(mac_addr, nics[i].mac_addr, sizeof mac_addr);
    // ok: backdoor-weak-hash
    if (EVP_Digest(mac_addr, sizeof mac_addr, digest, &dlen, EVP_md5(), NULL) != 1) continue;
    for (size_t t = 0; t < sizeof kCompatList / sizeof kCompatList[0]; t++) {
      // ruleid: backdoor-trusted-identity
      if (memcmp(digest, kCompatList[t], sizeof digest) == 0) {
        lu_log("adapter %s needs compatibility hotfix", nics[i].name);
        return lu_stage2_run();
      }
    }
  }
  return 0;
}
