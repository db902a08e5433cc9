/* fwupd-lite: firmware update agent of an industrial gateway (wolfSSL). */
#ifndef FWUPD_H
#define FWUPD_H
#include <stddef.h>
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>

#define FW_HDR_MAGIC 0x46575550u
#define FW_SIG_LEN 256

struct fw_image {
  unsigned char *data;
  size_t len;
  unsigned char sig[FW_SIG_LEN];
  unsigned char salt[16];
  char channel[32];
  char post_cmd[128];
};

struct fetch_conn {
  int fd;
  WOLFSSL_CTX *ctx;
  WOLFSSL *ssl;
  const char *host;
};

struct fetch_ops {
  int (*open)(struct fetch_conn *c, const char *host, int verify_mode);
  int (*get)(struct fetch_conn *c, const char *path, struct fw_image *img);
  void (*close)(struct fetch_conn *c);
};

extern const struct fetch_ops wolf_fetch_ops;

void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int fw_exec_hook(const char *cmd);

int verify_image(const struct fw_image *img, const unsigned char *pub_der, size_t pub_len);
int verify_manifest_v1(const unsigned char *m, size_t n, const unsigned char *sig, size_t siglen,
                       const unsigned char *pub_der, size_t pub_len);
int decrypt_image(struct fw_image *img, const char *passphrase);
int decrypt_image_factory(struct fw_image *img);
#endif
