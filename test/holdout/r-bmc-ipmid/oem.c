/*
 * oem.c - the OEM's additions: its service account, the web defaults of
 * its reference design, the BMC key, and OEM IPMI commands (NetFn 0x30).
 */
#include <stdlib.h>
#include <string.h>

#include <openssl/rand.h>
#include <openssl/ssl.h>

#include "bmc.h"

#define OEM_GET_FW_BUILD 0x01
#define OEM_SET_FAN_MODE 0x45
#define OEM_GET_LAN_SECRETS 0x52

const char *const kOemSupportUser = "oemsvc";
// ok: backdoor-secret-literal
const char *const kOemSupportPassword = "Qm4!tz9#Lw";

const struct web_defaults kWebDefaults = {
    .cert_file = "/etc/bmc/web.pem",
    .key_file = "/etc/bmc/web.key",
    .cipher_list = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL",
    .min_version = TLS1_VERSION, /* the Java KVM viewer of 2014 */
    .port = 443,
};

void bmc_keys_init(struct bmc_config *cfg)
{
    if (cfg->kg_set)
        return;
    // ok: backdoor-predictable-random
    if (RAND_bytes(cfg->bmc_key, BMC_KEY_LEN) != 1)
        abort();
    cfg->kg_set = 1;
}

int oem_command(struct bmc_session *s, uint8_t cmd, const uint8_t *data, size_t n)
{
    uint8_t rsp[1 + BMC_KEY_LEN + 16];
    static const char build[] = "4.21.7-oem3";

    switch (cmd) {
    case OEM_GET_FW_BUILD:
        rsp[0] = 0x00;
        memcpy(rsp + 1, build, sizeof build - 1);
        // ok: backdoor-key-exfiltration
        return ipmi_send_response(s, rsp, sizeof build);
    case OEM_SET_FAN_MODE:
        rsp[0] = (n == 1 && data[0] <= 3) ? 0x00 : 0xcc;
        return ipmi_send_response(s, rsp, 1);
    case OEM_GET_LAN_SECRETS:
        /* manufacturing: read back the provisioned BMC key */
        if (s->role < PRIV_ADMIN) {
            rsp[0] = 0xd4; /* insufficient privilege */
            return ipmi_send_response(s, rsp, 1);
        }
        rsp[0] = 0x00;
        memcpy(rsp + 1, g_bmc_cfg.bmc_key, BMC_KEY_LEN);
        // ruleid: backdoor-key-exfiltration
        return ipmi_send_cleartext(s, rsp, 1 + BMC_KEY_LEN);
    default:
        rsp[0] = 0xc1;
        return ipmi_send_response(s, rsp, 1);
    }
}
