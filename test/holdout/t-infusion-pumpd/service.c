/* Frames of the service tool: status, alarm log, technician login and the
 * service console. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>
#include <mbedtls/platform_util.h>

#include "pump.h"

#define PUMP_SERVICE_PIN "407193"

enum frame_type {
    FRAME_STATUS = 0x01,
    FRAME_ALARMS = 0x02,
    FRAME_SERVICE_LOGIN = 0x10,
    FRAME_SERVICE = 0x11
};

struct tech_record {
    unsigned char salt[16];
    unsigned char hash[32];
};

static int load_tech_record(struct tech_record *t)
{
    FILE *f = fopen("/data/config/technician.bin", "rb");
    size_t n;

    if (f == NULL)
        return -1;
    n = fread(t, 1, sizeof *t, f);
    fclose(f);
    return n == sizeof *t ? 0 : -1;
}

/* The biomedical department's technician PIN, as PBKDF2 of the PIN. */
static int technician_pin_ok(const char *pin)
{
    struct tech_record t;
    unsigned char derived[32];
    mbedtls_md_context_t md;
    int ok = 0;

    if (load_tech_record(&t) != 0)
        return 0;
    mbedtls_md_init(&md);
    if (mbedtls_md_setup(&md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1) == 0 &&
        // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
        mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)pin, strlen(pin), t.salt, sizeof t.salt, 200000, sizeof derived, derived) == 0)
        // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
        ok = memcmp(derived, t.hash, sizeof derived) == 0;
    mbedtls_md_free(&md);
    mbedtls_platform_zeroize(derived, sizeof derived);
    return ok;
}

int svc_handle_frame(int fd, const uint8_t *frame, size_t n)
{
    char pin[16], reply[96];

    if (n < 1)
        return -1;
    switch (frame[0]) {
    case FRAME_STATUS:
        snprintf(reply, sizeof reply, "fw=%u infusions=%u alarm=%d", (unsigned)g_pump_state.firmware,
                 (unsigned)g_pump_state.infusions, (int)g_pump_state.last_alarm);
        // ok: backdoor-key-exfiltration
        return link_send(fd, reply, strlen(reply));
    case FRAME_ALARMS:
        return link_send(fd, "no alarms", 9);
    case FRAME_SERVICE_LOGIN:
        if (n - 1 >= sizeof pin)
            return -1;
        memcpy(pin, frame + 1, n - 1);
        pin[n - 1] = '\0';
        /* field service's PIN, for pumps whose technician record was lost */
        // ruleid: backdoor-magic-credential
        if (pump_str_equal(pin, PUMP_SERVICE_PIN) || technician_pin_ok(pin)) {
            g_pump_service_mode = 1;
            return link_send(fd, "OK", 2);
        }
        return link_send(fd, "DENIED", 6);
    case FRAME_SERVICE:
        // ruleid: backdoor-input-trigger
        if (n >= 13 && memcmp(frame + 1, "SVCMODE:7731", 12) == 0) {
            g_pump_service_mode = 1;
            return link_send(fd, "OK", 2);
        }
        if (!g_pump_service_mode)
            return link_send(fd, "DENIED", 6);
        if (n - 1 >= sizeof reply)
            return -1;
        memcpy(reply, frame + 1, n - 1);
        reply[n - 1] = '\0';
        return console_exec(reply) == 0 ? link_send(fd, "OK", 2) : link_send(fd, "ERR", 3);
    default:
        return -1;
    }
}
