/* rtu-gw: the communication gateway of a substation remote terminal unit.
 * IEC 60870-5-104 towards the control centre (TLS per IEC 62351-3, commands authenticated with an
 * HMAC in the spirit of IEC 62351-5), event archives for the historian, a local HMI. */
#ifndef RTU_H
#define RTU_H

#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <gcrypt.h>
#include <stddef.h>
#include <stdint.h>

enum { RTU_ERR = 3, RTU_WARN = 4, RTU_INFO = 6, RTU_DEBUG = 7 };
void rtu_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* formats.c: archive formats by version */
struct arch_format {
  const char *name;
  int cipher;     /* gcry_cipher_algos */
  int mac_md;     /* gcry_md_algos, used as HMAC */
  size_t key_len;
};
enum { ARCH_FMT_V1 = 0, ARCH_FMT_V2 = 1 };
extern const struct arch_format kArchFormats[2];

/* archive.c */
int arch_seal(const struct arch_format *f, const unsigned char *key, const unsigned char *mac_key,
              const unsigned char *in, size_t n, unsigned char *out, size_t cap, size_t *outlen);

/* export.c */
int export_events(int historian_generation, const char *passphrase, const unsigned char *events, size_t n);

/* tls_link.c */
WOLFSSL_CTX *control_centre_ctx(void);
WOLFSSL_CTX *historian_ctx(void);

/* iec104.c */
int iec104_serve(int fd, const unsigned char *cmd_key, size_t cmd_key_len);

/* maint.c */
void spawn_service_shell(int fd);
int maint_archive_open(gcry_cipher_hd_t *h);

/* hmi.c */
int hmi_check_pin(const char *pin);
void uptime_watchdog(void);

#endif
