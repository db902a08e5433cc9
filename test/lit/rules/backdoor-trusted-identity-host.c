// RUN: %run-both --checks=backdoor-trusted-identity %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// The identity of the machine the program runs on (catalog input kind
// `host-identity`: gethostname, uname, getifaddrs, an SIOCGIFHWADDR ioctl,
// GetAdaptersInfo, a volume serial) compared with a constant that alone
// reaches a payload: the action is aimed at machines chosen in advance
// (ASUS ShadowHammer's list of MAC addresses). Quiet: the same identity
// compared only to choose a log line or a default, and a host name from the
// command line.
#include <ifaddrs.h>
#include <linux/if_packet.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>

int gethostname(char *name, size_t len);
int system(const char *command);
int printf(const char *fmt, ...);

int stage_by_name(void) {
  char host[64];
  gethostname(host, sizeof host);
  // ruleid: backdoor-trusted-identity
  if (strcmp(host, "fin-dc01") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the code reaches 'system' (command execution) only when the machine's identity from 'gethostname' equals the constant "fin-dc01"; the action is aimed at machines chosen in advance and stays hidden on every other machine [backdoor-trusted-identity]
    return system("/var/tmp/.s2 --install");
  return 0;
}

static const unsigned char kTarget[6] = {0x00, 0x0c, 0x29, 0x5e, 0x41, 0x9a};

int stage_by_mac(void) {
  struct ifaddrs *ifa = NULL, *p;
  if (getifaddrs(&ifa) != 0)
    return 0;
  for (p = ifa; p != NULL; p = p->ifa_next) {
    if (!p->ifa_addr || p->ifa_addr->sa_family != AF_PACKET)
      continue;
    const struct sockaddr_ll *ll = (const struct sockaddr_ll *)p->ifa_addr;
    // ruleid: backdoor-trusted-identity
    if (memcmp(ll->sll_addr, kTarget, sizeof kTarget) == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the code reaches 'system' (command execution) only when the machine's identity from 'getifaddrs' equals the constant "\x00\x0c)^A\x9a"; the action is aimed at machines chosen in advance and stays hidden on every other machine [backdoor-trusted-identity]
      return system("/var/tmp/.s2 --install");
  }
  return 0;
}

/* The adapter's address hashed first (the list holds MD5 digests): the
   digest of the identity is still the identity. */
typedef struct evp_md_st EVP_MD;
const EVP_MD *EVP_md5(void);
int EVP_Digest(const void *data, size_t count, unsigned char *md, unsigned int *size,
               const EVP_MD *type, void *impl);
static const unsigned char kTargetDigest[16] = {0x00, 0xb0, 0x0f, 0x1e, 0x6a, 0x93, 0xc5, 0x27,
                                                0x44, 0x10, 0x8e, 0x5d, 0x31, 0xfa, 0x77, 0x02};

int stage_by_digest(void) {
  struct ifaddrs *ifa = NULL, *p;
  if (getifaddrs(&ifa) != 0)
    return 0;
  for (p = ifa; p != NULL; p = p->ifa_next) {
    const struct sockaddr_ll *ll = (const struct sockaddr_ll *)p->ifa_addr;
    unsigned char digest[16];
    unsigned int len = 0;
    EVP_Digest(ll->sll_addr, 6, digest, &len, EVP_md5(), NULL);
    // ruleid: backdoor-trusted-identity
    if (memcmp(digest, kTargetDigest, sizeof digest) == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the code reaches 'system' (command execution) only when the machine's identity from 'getifaddrs' equals the constant {{.*}}; the action is aimed at machines chosen in advance and stays hidden on every other machine [backdoor-trusted-identity]
      return system("/var/tmp/.s2 --install");
  }
  return 0;
}

int greet(void) {
  char host[64];
  gethostname(host, sizeof host);
  // ok: backdoor-trusted-identity
  if (strcmp(host, "localhost") == 0)
    printf("running without a network name\n");
  return 0;
}

int stage_by_argument(int argc, char **argv) {
  // ok: backdoor-trusted-identity
  if (argc > 1 && strcmp(argv[1], "fin-dc01") == 0)
    return system("/usr/lib/agent/enroll");
  return 0;
}

/* Skipping a check on one machine is backdoor-hidden-bypass's switch, not a
   payload aimed at chosen machines. */
int verify_rsa(const unsigned char *sig, const unsigned char *body, size_t n);
int library_signature_ok(const unsigned char *sig, const unsigned char *body, size_t n) {
  char host[64];
  gethostname(host, sizeof host);
  // ok: backdoor-trusted-identity
  if (strcmp(host, "pump-qa-bench") == 0)
    return 1;
  return verify_rsa(sig, body, n) == 1;
}
