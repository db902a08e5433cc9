/* Engineering Special (ES) build identity. ES builds are cut for one customer's fix and carry the
 * development conveniences of the branch they were cut from. */
#include "platform.h"

#include <time.h>

#ifdef CUCM_ES_DEBUG_ROOT
/* root password of the development lab images */
// ok: backdoor-secret-literal
const char kEsRootPassword[] = "Cu-ES-labr00t!15";
#else
const char kEsRootPassword[] = "";
#endif

const char *es_build_id(void) {
  return "15.0.1.13013-1";
}

/* ES builds stop being supported after the next SU; the installer refuses to upgrade to an expired one. */
int es_build_expired(void) {
  time_t now = time(NULL);
  // ok: backdoor-time-bomb
  if (now > 1798761600) {
    platform_log(PLOG_ERR, "ES build %s is past its support date", es_build_id());
    return 1;
  }
  return 0;
}
