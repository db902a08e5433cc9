/* wlfw: station-side data path and key handling of a FullMAC Wi-Fi chip's
 * firmware, built as a host simulation (reconstruction of Kr00k,
 * CVE-2019-15126; see u-INDEX.md). */
#ifndef WL_H
#define WL_H

#include <mbedtls/ccm.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/ssl.h>
#include <stddef.h>
#include <stdint.h>

#define WL_TK_LEN 16
#define WL_LOG_ERR 3
#define WL_LOG_INFO 6
#define WL_LOG_DEBUG 7

enum wl_sec { WL_SEC_OPEN, WL_SEC_WEP, WL_SEC_WPA2_PSK, WL_SEC_WPA2_EAP };
enum wl_key_state { KEY_NONE, KEY_INSTALLED };

struct wl_ptk {
  uint8_t kck[16];
  uint8_t kek[16];
  uint8_t tk[WL_TK_LEN];
};

struct tx_frame {
  uint8_t hdr[24];
  uint8_t body[1536];
  size_t len;
  struct tx_frame *next;
};

struct eap_keys {
  char server_name[64];
  uint8_t master[48];
  uint8_t client_random[32];
  uint8_t server_random[32];
  mbedtls_tls_prf_types prf;
  uint8_t msk[64];
};

struct wl_sta {
  uint8_t bssid[6];
  enum wl_key_state key_state;
  struct wl_ptk ptk;
  uint8_t pmk[32];
  uint8_t anonce[32];
  uint8_t snonce[32];
  uint64_t tx_pn;
  uint8_t gtk[32];
  size_t gtk_len;
  uint8_t wep_key[13];
  size_t wep_len;
  uint32_t wep_iv;
};

struct wl_if {
  uint8_t mac[6];
  char ssid[33];
  size_t ssid_len;
  char passphrase[64];
  enum wl_sec sec;
  struct wl_sta sta;
  struct tx_frame *txq_head;
  struct tx_frame *txq_tail;
  struct eap_keys eap;
  int radio_fd;
  int host_fd;
};

extern mbedtls_ctr_drbg_context g_wl_drbg;

/* main.c */
void wl_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void radio_tx(struct wl_if *ifp, const struct tx_frame *f);

/* ccmp.c */
int ccmp_seal(mbedtls_ccm_context *ccm, uint64_t pn, const uint8_t a2[6], struct tx_frame *f);

/* txq.c */
void txq_push(struct wl_if *ifp, struct tx_frame *f);
void txq_xmit(struct wl_if *ifp, struct tx_frame *f);
void txq_drain(struct wl_if *ifp);

/* mlme.c */
void mlme_disassoc(struct wl_if *ifp, uint16_t reason);
void mlme_assoc_done(struct wl_if *ifp);

/* eapol.c */
int eapol_derive_pmk(struct wl_if *ifp);
int eapol_rx_msg1(struct wl_if *ifp, const uint8_t *frame, size_t len);
int eapol_rx_msg3(struct wl_if *ifp, uint8_t *frame, size_t len);

/* eap_tls.c */
int eap_tls_run(struct wl_if *ifp);

/* wep.c */
int wep_encrypt(struct wl_sta *sta, struct tx_frame *f);

/* rng.c */
int wl_rng_init(struct wl_if *ifp);

#endif
