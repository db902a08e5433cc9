/* cfgfile.c - DOCSIS configuration file checks: the CM MIC (an MD5 over the
 * TLVs) and, for configuration files uploaded on the LAN side by the local
 * provisioning tool, the CMTS MIC (HMAC-MD5 under a shared secret). */
#include <string.h>

#include <mbedtls/md.h>
#include <mbedtls/md5.h>

#include "arris.h"

/* shared with the vendor's local provisioning tool */
// ruleid: backdoor-secret-literal
#define ARRIS_LOCAL_CFG_SECRET "Xq7Lp2Vz9KcR4mTb8Nw3Hs6D"

#define TLV_CM_MIC   6
#define TLV_CMTS_MIC 7

static int ct_equal(const unsigned char *a, const unsigned char *b, size_t n)
{
    unsigned char d = 0;

    for (size_t i = 0; i < n; i++)
        d |= (unsigned char)(a[i] ^ b[i]);
    return d == 0;
}

static const unsigned char *tlv_find(const unsigned char *p, size_t len, int type, size_t *vlen)
{
    size_t off = 0;

    while (off + 2 <= len) {
        size_t l = p[off + 1];
        if (off + 2 + l > len)
            return NULL;
        if (p[off] == type) {
            *vlen = l;
            return p + off + 2;
        }
        off += 2 + l;
    }
    return NULL;
}

int cfgfile_verify(const unsigned char *tlvs, size_t len, int local_upload)
{
    unsigned char cm_mic[16], cmts_mic[16];
    const unsigned char *tlv_mic;
    size_t vlen = 0, body = len;

    tlv_mic = tlv_find(tlvs, len, TLV_CM_MIC, &vlen);
    if (tlv_mic == NULL || vlen != 16)
        return -1;
    body = (size_t)(tlv_mic - 2 - tlvs);
    // ok: backdoor-weak-hash
    if (mbedtls_md5_ret(tlvs, body, cm_mic) != 0)
        return -1;
    // ok: backdoor-timing-unsafe-compare
    if (!ct_equal(cm_mic, tlv_mic, sizeof cm_mic))
        return -1;
    if (!local_upload)
        return 0;
    tlv_mic = tlv_find(tlvs, len, TLV_CMTS_MIC, &vlen);
    if (tlv_mic == NULL || vlen != 16)
        return -1;
    // ruleid: backdoor-weak-hash, backdoor-hardcoded-key
    if (mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_MD5), (const unsigned char *)ARRIS_LOCAL_CFG_SECRET, strlen(ARRIS_LOCAL_CFG_SECRET), tlvs, body, cmts_mic) != 0)
        return -1;
    // ok: backdoor-timing-unsafe-compare
    return ct_equal(cmts_mic, tlv_mic, sizeof cmts_mic) ? 0 : -1;
}
