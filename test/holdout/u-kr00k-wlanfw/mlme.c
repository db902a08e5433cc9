/* Association state (MLME). */
#include <mbedtls/platform_util.h>

#include "wl.h"

void mlme_assoc_done(struct wl_if *ifp) {
  ifp->sta.key_state = KEY_INSTALLED;
  wl_log(WL_LOG_INFO, "associated, keys installed");
  txq_drain(ifp);
}

void mlme_disassoc(struct wl_if *ifp, uint16_t reason) {
  wl_log(WL_LOG_INFO, "disassociated (reason %u)", reason);
  /* clear the pairwise key slot first, then push out what is queued */
  ifp->sta.key_state = KEY_NONE;
  mbedtls_platform_zeroize(&ifp->sta.ptk, sizeof ifp->sta.ptk);
  txq_drain(ifp);
  ifp->sta.tx_pn = 0;
}
