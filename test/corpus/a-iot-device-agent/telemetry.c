/*
 * Report signing and key agreement for sensord.
 */
#include <string.h>

#include <mbedtls/ecdh.h>
#include <mbedtls/ecp.h>
#include <mbedtls/md.h>
#include <mbedtls/platform_util.h>

#include "agent.h"

/* Shared with the 2016 cloud API; that backend has no per-device keys. */
// ruleid: backdoor-secret-literal
#define CLOUD_SHARED_SECRET "fdd5a0b141c6b1cdc1dbf1e8fea67505e42e19a3"

// ok: backdoor-secret-literal
#define CLOUD_TOKEN_ENDPOINT "https://api.kestrel-sensors.example/v2/oauth/token"

// ok: backdoor-secret-literal
static const char kDeviceKeyPath[] = "/etc/sensord/device.key";

// ok: backdoor-secret-literal
static const char kFirmwareBuildHash[] = "89cf93d90d7971dcf11098da4e88493994ce60bd";

const char *agent_build_info(void)
{
    (void)kDeviceKeyPath;
    (void)CLOUD_TOKEN_ENDPOINT;
    return kFirmwareBuildHash;
}

int agent_sign_report(const struct agent_config *cfg, const uint8_t *report, size_t n,
                      uint8_t mac[AGENT_MAC_LEN])
{
    uint8_t device_key[AGENT_DEVICE_KEY_LEN];
    int rc;

    if (cfg->legacy_cloud) {
        memset(mac, 0, AGENT_MAC_LEN);
        // ruleid: backdoor-hardcoded-key, backdoor-weak-hash
        return mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA1), (const unsigned char *)CLOUD_SHARED_SECRET, strlen(CLOUD_SHARED_SECRET), report, n, mac);
    }

    if (flash_read_device_key(device_key, sizeof device_key) != 0) {
        agent_log("telemetry", "device key missing, refusing to sign");
        return -1;
    }
    // ok: backdoor-hardcoded-key, backdoor-weak-hash
    rc = mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), device_key, sizeof device_key, report, n, mac);
    mbedtls_platform_zeroize(device_key, sizeof device_key);
    return rc;
}

int agent_ecdh_keypair(const struct agent_config *cfg, struct agent_rng *rng)
{
    mbedtls_ecp_group grp;
    mbedtls_mpi d;
    mbedtls_ecp_point q;
    int rc;

    mbedtls_ecp_group_init(&grp);
    mbedtls_mpi_init(&d);
    mbedtls_ecp_point_init(&q);

    if (cfg->power_mode == POWER_LOW) {
        /* smaller field: about 40% less radio-on time per handshake */
        // ruleid: backdoor-short-key
        rc = mbedtls_ecp_group_load(&grp, MBEDTLS_ECP_DP_SECP192R1);
    } else {
        // ok: backdoor-short-key
        rc = mbedtls_ecp_group_load(&grp, MBEDTLS_ECP_DP_SECP256R1);
    }
    if (rc == 0)
        rc = mbedtls_ecdh_gen_public(&grp, &d, &q, mbedtls_ctr_drbg_random, &rng->drbg);
    if (rc != 0)
        agent_log("ecdh", "key generation failed: -0x%04x", -rc);

    mbedtls_ecp_point_free(&q);
    mbedtls_mpi_free(&d);
    mbedtls_ecp_group_free(&grp);
    return rc;
}
