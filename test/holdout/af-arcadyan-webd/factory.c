/* factory.c: what the ODM's production line writes into every unit, and
 * the defaults derived from the unit's MAC address. */
#include "arc.h"

#include <stdio.h>

/* Support account of the ODM's remote assistance tool. */
const char kArcSuperUser[] = "arc_super";
// ok: backdoor-secret-literal
const char kArcSuperPassword[] = "Ez-B0x!sup3r:2012";

/* Default WPA passphrase printed on the label: nine characters computed
 * from the last two bytes of the MAC address and the serial's digits. */
void default_wpa_key(const uint8_t mac[6], char out[10]) {
  unsigned s = (unsigned)mac[4] << 8 | mac[5];
  unsigned d[4];
  for (int i = 3; i >= 0; i--) {
    d[i] = s % 10;
    s /= 10;
  }
  for (int i = 0; i < 9; i++) {
    unsigned k = (mac[5 - i % 6] ^ d[i % 4]) & 0x0f;
    out[i] = "0123456789ABCDEF"[k];
  }
  out[9] = '\0';
}
