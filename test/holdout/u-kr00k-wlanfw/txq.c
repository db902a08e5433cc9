/* Transmit ring of the data path. */
#include <mbedtls/platform_util.h>
#include <stdlib.h>
#include <string.h>

#include "wl.h"

void txq_push(struct wl_if *ifp, struct tx_frame *f) {
  f->next = NULL;
  if (ifp->txq_tail != NULL)
    ifp->txq_tail->next = f;
  else
    ifp->txq_head = f;
  ifp->txq_tail = f;
}

static struct tx_frame *txq_pop(struct wl_if *ifp) {
  struct tx_frame *f = ifp->txq_head;
  if (f != NULL) {
    ifp->txq_head = f->next;
    if (ifp->txq_head == NULL)
      ifp->txq_tail = NULL;
  }
  return f;
}

/* Normal path: a frame is encrypted as it is handed to the radio. */
void txq_xmit(struct wl_if *ifp, struct tx_frame *f) {
  mbedtls_ccm_context ccm;
  if (ifp->sec == WL_SEC_WEP) {
    if (wep_encrypt(&ifp->sta, f) == 0)
      radio_tx(ifp, f);
    free(f);
    return;
  }
  if (ifp->sta.key_state != KEY_INSTALLED) {
    txq_push(ifp, f); /* held until the 4-way handshake completes */
    return;
  }
  mbedtls_ccm_init(&ccm);
  // ok: backdoor-hardcoded-key, backdoor-known-key
  if (mbedtls_ccm_setkey(&ccm, MBEDTLS_CIPHER_ID_AES, ifp->sta.ptk.tk, 8 * WL_TK_LEN) == 0 && ccmp_seal(&ccm, ++ifp->sta.tx_pn, ifp->sta.bssid, f) == 0)
    radio_tx(ifp, f);
  mbedtls_ccm_free(&ccm);
  free(f);
}

/* Flush whatever is still queued: called when the handshake completes and
 * when the station leaves the BSS. The key slot is read once for the batch;
 * after a disassociation it has already been cleared. */
void txq_drain(struct wl_if *ifp) {
  uint8_t tk[WL_TK_LEN];
  mbedtls_ccm_context ccm;
  struct tx_frame *f;
  memset(tk, 0, sizeof tk);
  if (ifp->sta.key_state == KEY_INSTALLED)
    memcpy(tk, ifp->sta.ptk.tk, sizeof tk);
  mbedtls_ccm_init(&ccm);
  // ruleid: backdoor-known-key
  if (mbedtls_ccm_setkey(&ccm, MBEDTLS_CIPHER_ID_AES, tk, 8 * WL_TK_LEN) != 0) {
    mbedtls_ccm_free(&ccm);
    return;
  }
  while ((f = txq_pop(ifp)) != NULL) {
    if (ccmp_seal(&ccm, ++ifp->sta.tx_pn, ifp->sta.bssid, f) == 0)
      radio_tx(ifp, f);
    free(f);
  }
  mbedtls_ccm_free(&ccm);
  mbedtls_platform_zeroize(tk, sizeof tk);
}
