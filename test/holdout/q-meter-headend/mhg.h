/* mhg.h - data concentrator of a smart-meter network (DLMS/COSEM over PLC):
 * commissions meters, seals their APDUs, reports to the utility's head-end
 * system (HES) and to the vendor's service cloud. */
#ifndef MHG_H
#define MHG_H

#include <stddef.h>
#include <stdint.h>

#include <mbedtls/cipher.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>

#define MHG_MAX_METERS 64

struct mhg_config {
  char gw_serial[24];
  char hes_host[128];
  uint16_t hes_port;
  char vendor_host[128];
  char ca_file[256];
  char fw_key_file[256];
  unsigned char hes_kek[32];
  int hes_kek_set;
  int hes_legacy_tls;
  int verbose;
};

struct meter {
  char serial[17];
  uint8_t system_title[8];
  uint8_t guek[16]; /* global unicast encryption key */
  uint8_t gbek[16]; /* global broadcast encryption key */
  uint8_t ak[16];   /* authentication key (GCM additional data) */
  uint32_t ic;      /* invocation counter */
  int commissioned;
};

/* main.c */
void mhg_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* entropy.c */
int mhg_drbg_init(mbedtls_ctr_drbg_context *drbg, mbedtls_entropy_context *ent, const struct mhg_config *cfg);

/* dlms.c */
int dlms_seal_unicast(const struct meter *m, uint32_t ic, const uint8_t *apdu, size_t n, uint8_t *out, uint8_t tag[12]);
int dlms_seal_broadcast(const struct meter *m, uint32_t ic, const uint8_t *apdu, size_t n, uint8_t *out, uint8_t tag[12]);

/* IEC 62056-21 optical probe sessions on the concentrator's service port:
 * level 0 "lowest security" (read-only registers), level 2 "high" */
int dlms_probe_setup(mbedtls_cipher_context_t *c, int security_level);

/* keys.c */
int mhg_commission_meter(const struct mhg_config *cfg, struct meter *m, mbedtls_ctr_drbg_context *drbg);

/* uplink.c */
#define MHG_MSG_COMMISSIONED 0x21
#define MHG_MSG_READINGS 0x30
int mhg_uplink_open(const struct mhg_config *cfg);
int mhg_hes_send(uint8_t type, const void *buf, size_t n);
int mhg_vendor_send(uint8_t type, const void *buf, size_t n);
void mhg_uplink_close(void);

/* fwupd.c */
int mhg_fw_verify(const struct mhg_config *cfg, const char *image_path, const char *sig_path);

#endif
