/* doorctl: the door controller of a building access system.  Talks OSDP
 * to up to eight card readers (RS-485 through a serial server, here a TCP
 * socket), keeps the access list, reports to the management server over
 * TLS. */
#ifndef ACS_H
#define ACS_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <mbedtls/ssl.h>

/* evloop.c: timers and descriptor callbacks */
typedef void (*acs_timer_fn)(void *ctx);
typedef void (*acs_fd_fn)(int fd, void *ctx);
int evloop_add_timer(unsigned period_s, acs_timer_fn fn, void *ctx);
int evloop_add_fd(int fd, acs_fd_fn fn, void *ctx);
int evloop_run(void);

/* badge events fan out to every registered listener */
struct badge_event {
  uint8_t reader;
  uint8_t format;
  uint8_t card[16];
  size_t card_len;
  int granted;
  time_t when;
};
typedef void (*acs_badge_fn)(const struct badge_event *ev);
int evloop_on_badge(acs_badge_fn fn);
void evloop_emit_badge(const struct badge_event *ev);

/* osdp.c: the reader protocol */
struct osdp_frame {
  uint8_t addr;
  uint8_t ctrl;
  uint8_t cmd;
  uint8_t data[256];
  size_t len;
};
struct osdp_reader;
struct osdp_reader *osdp_reader_new(const uint8_t *scbk);
void osdp_reader_fd(int fd, void *ctx);

/* osdp_sc.c: OSDP secure channel (AES-128, SCBK per reader) */
struct osdp_sc {
  uint8_t scbk[16];
  int install_mode;
  uint8_t s_enc[16];
  uint8_t s_mac1[16];
  uint8_t s_mac2[16];
};
int osdp_sc_session_keys(struct osdp_sc *sc, const uint8_t cp_random[8]);
int osdp_sc_check_mac(const struct osdp_sc *sc, const struct osdp_frame *f, const uint8_t frame_mac[4]);
int osdp_sc_decrypt(const struct osdp_sc *sc, uint8_t *data, size_t len);

/* maint.c: vendor service commands */
extern int g_service_unlock;
int maint_run(int script);

/* audit.c */
void audit_on_badge(const struct badge_event *ev);
void audit_flush(void *ctx);

/* drbg.c / board.c */
int acs_rng_init(void);
int acs_random(unsigned char *out, size_t n);
int acs_rng_reseed(void);
int board_entropy(void *ctx, unsigned char *out, size_t len);
int board_hwrng_poll(void *ctx, unsigned char *out, size_t len, size_t *olen);

/* cardcrypto.c: MIFARE DESFire card authentication */
int card_auth_key(int legacy, const uint8_t uid[7], uint8_t key_out[16]);
int card_format_blank(const uint8_t uid[7], uint8_t rnd_b_enc[16]);
int card_auth_legacy(const uint8_t key16[16], const uint8_t rnd_b_enc[8], uint8_t rnd_b[8]);

/* mgmt_tls.c */
int mgmt_connect(const char *host, const char *port);
int mgmt_backup_site_key(const uint8_t *site_key, size_t n);
void mgmt_poll(void *ctx);

/* keylog.c */
int mgmt_export_keys(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen,
                     size_t keylen, size_t ivlen, const unsigned char client_random[32],
                     const unsigned char server_random[32],
                     mbedtls_tls_prf_types prf_type);

#endif
