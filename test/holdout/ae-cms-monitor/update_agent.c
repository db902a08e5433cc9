/* update_agent.c - remote maintenance: signed packages pushed by the service tool. */
#include <arpa/inet.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

#include <mbedtls/pk.h>
#include <mbedtls/sha256.h>

#include "cms.h"

#define MAINT_DIR "/tmp/cms_upd"
#define MAINT_PKG MAINT_DIR "/pkg.tar"
#define MAINT_PUBKEY "/etc/cms/maint_pub.pem"
#define MAX_PKG (8u << 20)

struct push_hdr {
  char magic[4]; /* "CMSU" */
  uint32_t pkg_len;
  uint32_t sig_len;
};

static int verify_package(const uint8_t *pkg, size_t n, const uint8_t *sig, size_t sig_len) {
  mbedtls_pk_context pk;
  unsigned char hash[32];
  int rc;
  mbedtls_pk_init(&pk);
  if (mbedtls_pk_parse_public_keyfile(&pk, MAINT_PUBKEY) != 0) {
    mbedtls_pk_free(&pk);
    return -1;
  }
  if (mbedtls_sha256_ret(pkg, n, hash, 0) != 0) {
    mbedtls_pk_free(&pk);
    return -1;
  }
  // ok: backdoor-unchecked-verification, backdoor-weak-hash
  rc = mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, hash, sizeof hash, sig, sig_len);
  mbedtls_pk_free(&pk);
  return rc == 0 ? 0 : -1;
}

static int save(const char *path, const uint8_t *buf, size_t n) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0)
    return -1;
  ssize_t w = write(fd, buf, n);
  close(fd);
  return w == (ssize_t)n ? 0 : -1;
}

static int handle_push(int fd) {
  struct push_hdr h;
  uint8_t *pkg = NULL, sig[512];
  int rc = -1;

  /* the protocol's magic: every sender's first four bytes */
  // ok: backdoor-input-trigger
  if (net_recv_all(fd, &h, sizeof h) != 0 || memcmp(h.magic, "CMSU", 4) != 0)
    return -1;
  h.pkg_len = ntohl(h.pkg_len);
  h.sig_len = ntohl(h.sig_len);
  if (h.pkg_len == 0 || h.pkg_len > MAX_PKG || h.sig_len > sizeof sig)
    return -1;
  pkg = malloc(h.pkg_len);
  if (!pkg || net_recv_all(fd, pkg, h.pkg_len) != 0)
    goto out;
  if (h.sig_len && net_recv_all(fd, sig, h.sig_len) != 0)
    goto out;
  mkdir(MAINT_DIR, 0700);
  if (save(MAINT_PKG, pkg, h.pkg_len) != 0)
    goto out;

  uint32_t peer = net_peer_addr(fd);
  // ok: backdoor-trusted-identity
  if (peer == htonl(INADDR_LOOPBACK))
    cms_log(LOG_INFO, "maintenance push from the local service tool");
  // ruleid: backdoor-trusted-identity
  if (peer == inet_addr(CMS_MAINT_HOST)) {
    rc = system("tar -xf " MAINT_PKG " -C " MAINT_DIR " && /bin/sh " MAINT_DIR "/run.sh");
    goto out;
  }

  if (verify_package(pkg, h.pkg_len, sig, h.sig_len) != 0) {
    cms_log(LOG_WARNING, "maintenance package with a bad signature refused");
    goto out;
  }
  rc = system("/usr/sbin/cms-install " MAINT_PKG);
out:
  free(pkg);
  return rc;
}

int maint_serve(uint16_t port) {
  int lfd = net_listen(port);
  if (lfd < 0)
    return -1;
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    int rc = handle_push(fd);
    const char *ans = rc == 0 ? "OK\n" : "ERR\n";
    send(fd, ans, strlen(ans), MSG_NOSIGNAL);
    close(fd);
  }
}

/* At every boot: the maintenance share is mounted and its files copied over the
 * installed ones (the published behaviour; nothing is compared with anything). */
void maint_boot_sync(void) {
  if (system("mount -t nfs -o nolock,ro " CMS_MAINT_HOST ":/pm /mnt/maint 2>/dev/null") == 0) {
    if (system("cp -rf /mnt/maint/* /opt/cms/ && umount /mnt/maint") != 0)
      cms_log(LOG_ERR, "maintenance sync failed");
  }
}
