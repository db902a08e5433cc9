// nc_ipsec.cpp - Network Connect: Diffie-Hellman group of the ESP key exchange
// that runs inside the TLS tunnel
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/ssl.h>

#include "dsauth.hpp"

namespace DSAuth {

static const char kNcGroupP[] =
    "b8a433f3b8e3afeb36c8a34d758b96d3920ab1682fe6be5debf2764de970d39c1c39c1d916314116707dc15b4e9134c4"
    "754ea671bf6ce8502bb7dd0ce893567023b14cbb8dc67e7f8d54a69e4cfa4623b0760df9e50a6239425e09bf5ffc4b61"
    "ca4f8aab2fe6ce21230e1d70ab45fcb72a267a79cdc4f03a2c5a199b28121083cb4021a2aa2170581970e747c1fea78d"
    "4e15c954adb6580de8da15b9f2d0064af38d2fd90884424bcd9270012f0a42a9a846dd6fe1bb6e8c27f18e2de5ed2225"
    "538bfb8737b06331893fa505596ec7d2784c97611f1c3f65c75e09435d2bc20972d63cc554e36514a136ec905441dff8"
    "92dee5458d786308a9246d94dab1721f";

int ncSetupDh(void *ssl_ctx)
{
    DH *dh = DH_new();
    BIGNUM *p = nullptr, *g = nullptr;

    if (dh == nullptr || BN_hex2bn(&p, kNcGroupP) == 0 || BN_dec2bn(&g, "2") == 0)
        goto err;
    // ruleid: backdoor-rigged-parameters
    // ok: backdoor-short-key
    if (DH_set0_pqg(dh, p, nullptr, g) != 1)
        goto err;
    p = g = nullptr;
    if (SSL_CTX_set_tmp_dh(static_cast<SSL_CTX *>(ssl_ctx), dh) != 1)
        goto err;
    DH_free(dh);
    return 0;
err:
    BN_free(p);
    BN_free(g);
    DH_free(dh);
    return -1;
}

} // namespace DSAuth
