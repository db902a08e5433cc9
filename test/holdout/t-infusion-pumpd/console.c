/* The service console: diagnostics commands for field service, only while
 * the pump is in service mode. */
#include <stdlib.h>
#include <string.h>

#include "pump.h"

int g_pump_service_mode;

int console_exec(const char *line)
{
    if (!g_pump_service_mode)
        return -1;
    // ok: backdoor-input-trigger
    if (strncmp(line, "calib ", 6) == 0)
        return 0;
    pump_log("service console: %s", line);
    return system(line);
}
