/* WPA2 4-way handshake, supplicant side (IEEE 802.11-2016 12.7.6). */
#include <mbedtls/md.h>
#include <mbedtls/nist_kw.h>
#include <mbedtls/pkcs5.h>
#include <mbedtls/platform_util.h>
#include <stdio.h>
#include <string.h>

#include "wl.h"

#define KEY_INFO_MIC 0x0100
#define KEY_INFO_VER_MASK 0x0007

static void hex_of(const uint8_t *p, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[p[i] >> 4];
    out[2 * i + 1] = digits[p[i] & 15];
  }
  out[2 * n] = '\0';
}

int eapol_derive_pmk(struct wl_if *ifp) {
  mbedtls_md_context_t md;
  int rc;
  mbedtls_md_init(&md);
  /* IEEE 802.11i: PMK = PBKDF2-HMAC-SHA1(passphrase, SSID, 4096, 256) */
  // ruleid: backdoor-weak-hash, backdoor-weak-kdf
  // ok: backdoor-hardcoded-iv
  rc = mbedtls_md_setup(&md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA1), 1) != 0 ? -1 : mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)ifp->passphrase, strlen(ifp->passphrase), (const unsigned char *)ifp->ssid, ifp->ssid_len, 4096, sizeof ifp->sta.pmk, ifp->sta.pmk);
  mbedtls_md_free(&md);
  if (rc != 0)
    return rc;
#ifdef WL_DEBUG_KEYDUMP
  {
    char hex[2 * sizeof ifp->sta.pmk + 1];
    hex_of(ifp->sta.pmk, sizeof ifp->sta.pmk, hex);
    // ruleid: backdoor-build-switch, backdoor-key-exfiltration
    wl_log(WL_LOG_DEBUG, "PMK for '%s': %s", ifp->ssid, hex);
  }
#endif
  return rc;
}

/* PRF-384 of 802.11i over HMAC-SHA1. */
static int prf_sha1(const uint8_t *key, size_t key_len, const char *label, const uint8_t *data, size_t data_len, uint8_t *out, size_t out_len) {
  uint8_t buf[128], digest[20];
  size_t label_len = strlen(label), pos = 0;
  if (label_len + 1 + data_len + 1 > sizeof buf)
    return -1;
  memcpy(buf, label, label_len + 1);
  memcpy(buf + label_len + 1, data, data_len);
  for (uint8_t counter = 0; pos < out_len; counter++) {
    buf[label_len + 1 + data_len] = counter;
    // ruleid: backdoor-weak-hash
    if (mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA1), key, key_len, buf, label_len + 1 + data_len + 1, digest) != 0)
      return -1;
    size_t n = out_len - pos < sizeof digest ? out_len - pos : sizeof digest;
    memcpy(out + pos, digest, n);
    pos += n;
  }
  return 0;
}

static int derive_ptk(struct wl_if *ifp) {
  uint8_t data[76], ptk[48];
  const uint8_t *a1 = ifp->mac, *a2 = ifp->sta.bssid;
  int lo = memcmp(a1, a2, 6) < 0;
  memcpy(data, lo ? a1 : a2, 6);
  memcpy(data + 6, lo ? a2 : a1, 6);
  lo = memcmp(ifp->sta.anonce, ifp->sta.snonce, 32) < 0;
  memcpy(data + 12, lo ? ifp->sta.anonce : ifp->sta.snonce, 32);
  memcpy(data + 44, lo ? ifp->sta.snonce : ifp->sta.anonce, 32);
  if (prf_sha1(ifp->sta.pmk, sizeof ifp->sta.pmk, "Pairwise key expansion", data, sizeof data, ptk, sizeof ptk) != 0)
    return -1;
  memcpy(ifp->sta.ptk.kck, ptk, 16);
  memcpy(ifp->sta.ptk.kek, ptk + 16, 16);
  memcpy(ifp->sta.ptk.tk, ptk + 32, 16);
  mbedtls_platform_zeroize(ptk, sizeof ptk);
  return 0;
}

static int eapol_mic(int ver, const uint8_t kck[16], const uint8_t *frame, size_t len, uint8_t mic[16]) {
  uint8_t full[20];
  /* descriptor version 1: HMAC-MD5 (TKIP networks), version 2: HMAC-SHA1 */
  // ruleid: backdoor-weak-hash
  if (mbedtls_md_hmac(mbedtls_md_info_from_type(ver == 1 ? MBEDTLS_MD_MD5 : MBEDTLS_MD_SHA1), kck, 16, frame, len, full) != 0)
    return -1;
  memcpy(mic, full, 16);
  return 0;
}

int eapol_rx_msg1(struct wl_if *ifp, const uint8_t *frame, size_t len) {
  if (len < 95)
    return -1;
  memcpy(ifp->sta.anonce, frame + 17, 32);
  // ok: backdoor-predictable-random
  if (mbedtls_ctr_drbg_random(&g_wl_drbg, ifp->sta.snonce, sizeof ifp->sta.snonce) != 0)
    return -1;
  return derive_ptk(ifp);
}

int eapol_rx_msg3(struct wl_if *ifp, uint8_t *frame, size_t len) {
  uint8_t rx_mic[16], mic[16], plain[64];
  size_t plain_len = 0;
  mbedtls_nist_kw_context kw;
  if (len < 99)
    return -1;
  uint16_t info = (uint16_t)(frame[5] << 8 | frame[6]);
  uint16_t data_len = (uint16_t)(frame[97] << 8 | frame[98]);
  if (!(info & KEY_INFO_MIC) || 99u + data_len > len || data_len > 64 || data_len < 8)
    return -1;
  memcpy(rx_mic, frame + 81, 16);
  memset(frame + 81, 0, 16);
  if (eapol_mic(info & KEY_INFO_VER_MASK, ifp->sta.ptk.kck, frame, len, mic) != 0)
    return -1;
  // ruleid: backdoor-timing-unsafe-compare
  if (memcmp(mic, rx_mic, sizeof mic) != 0) {
    wl_log(WL_LOG_ERR, "msg3: MIC mismatch");
    return -1;
  }
  mbedtls_nist_kw_init(&kw);
  // ok: backdoor-hardcoded-key, backdoor-ecb-mode
  if (mbedtls_nist_kw_setkey(&kw, MBEDTLS_CIPHER_ID_AES, ifp->sta.ptk.kek, 128, 0) != 0 || mbedtls_nist_kw_unwrap(&kw, MBEDTLS_KW_MODE_KW, frame + 99, data_len, plain, &plain_len, sizeof plain) != 0) {
    mbedtls_nist_kw_free(&kw);
    return -1;
  }
  mbedtls_nist_kw_free(&kw);
  if (plain_len > sizeof ifp->sta.gtk)
    return -1;
  memcpy(ifp->sta.gtk, plain, plain_len);
  ifp->sta.gtk_len = plain_len;
#ifdef WL_DEBUG_KEYDUMP
  // ok: backdoor-build-switch, backdoor-key-exfiltration
  wl_log(WL_LOG_DEBUG, "msg3 ok: key info %04x, GTK %zu bytes, PN %llu", info, plain_len, (unsigned long long)ifp->sta.tx_pn);
#endif
  mlme_assoc_done(ifp);
  return 0;
}
