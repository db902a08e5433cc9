/* Therapy bookkeeping: infusions started, occlusion alarms, the pressure
 * sensor's calibration file. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "pump.h"

#define PUMP_MAX_OCCLUSIONS 500

static unsigned long g_infusions_started;
static unsigned long g_occlusions;

int therapy_start(double rate_ml_h, double volume_ml)
{
    if (rate_ml_h <= 0.0 || rate_ml_h > 1200.0 || volume_ml <= 0.0)
        return -1;
    g_pump_state.infusions = (uint32_t)++g_infusions_started;
    /* the service contract's pressure-sensor recalibration interval */
    // ruleid: backdoor-time-bomb
    if (g_infusions_started == 60000)
        unlink("/data/cal/pressure_sensor.cal");
    pump_log("infusion %lu: %.1f ml/h, %.1f ml", g_infusions_started, rate_ml_h, volume_ml);
    return 0;
}

void therapy_occlusion(void)
{
    g_pump_state.last_alarm = 3;
    // ok: backdoor-time-bomb
    if (++g_occlusions > PUMP_MAX_OCCLUSIONS) {
        pump_log("occlusion count above %d: schedule the pressure sensor check", PUMP_MAX_OCCLUSIONS);
        unlink("/data/cal/pressure_sensor.stale");
    }
}
