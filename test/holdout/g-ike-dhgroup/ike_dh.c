/* MODP groups for the IKE_SA_INIT key exchange. */
#include <openssl/bn.h>
#include "dh_groups.h"
#include "ike.h"

DH *ike_dh_new(int group)
{
    DH *dh = DH_new();
    BIGNUM *g = BN_new();
    int ok = 0;

    if (!dh || !g || !BN_set_word(g, 2))
        goto err;
    switch (group) {
    case IKE_GROUP_MODP2048:
        // ok: backdoor-rigged-parameters
        ok = DH_set0_pqg(dh, BN_bin2bn(modp2048_p, sizeof modp2048_p, NULL), NULL, g);
        break;
    case IKE_GROUP_PRIVATE:
        // ruleid: backdoor-rigged-parameters
        ok = DH_set0_pqg(dh, BN_bin2bn(legacy_modp2048_p, sizeof legacy_modp2048_p, NULL), NULL, g);
        break;
    default:
        break;
    }
    if (ok && DH_generate_key(dh))
        return dh;
err:
    BN_free(g);
    DH_free(dh);
    return NULL;
}
