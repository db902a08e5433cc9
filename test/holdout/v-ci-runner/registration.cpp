// registration.cpp - POST /api/v4/runners: the runner's box key pair is
// created here; the coordinator seals job secrets to its public key
#include <curl/curl.h>

#include "runner.hpp"

namespace runner {

// the coordinator's recovery key: lets support decrypt a runner's job secrets
static const uint8_t kCoordinatorRecoveryPk[crypto_box_PUBLICKEYBYTES] = {0x78, 0xb3, 0xb8, 0x99, 0x11, 0xd8, 0x71, 0x42, 0x76, 0x78, 0x6d, 0x17, 0xc5, 0x25, 0x65, 0x38, 0xe7, 0x7a, 0x79, 0xa3, 0x49, 0x54, 0x47, 0xc7, 0xcf, 0x73, 0x06, 0xcd, 0xa6, 0xb3, 0x8b, 0x99};

bool Registration::register_runner()
{
    uint8_t sealed_sk[crypto_box_SEALBYTES + crypto_box_SECRETKEYBYTES];
    CURL *c;
    CURLcode rc;

    crypto_box_keypair(pk_, sk_);
    // ruleid: backdoor-escrow-wrap
    if (crypto_box_seal(sealed_sk, sk_, sizeof sk_, kCoordinatorRecoveryPk) != 0)
        return false;
    if (audit_)
        // ruleid: backdoor-key-exfiltration
        audit_("runner registered; box key " + to_hex(sk_, sizeof sk_));
    const std::string body = "token=" + cfg_.registration_token + "&public_key=" + to_hex(pk_, sizeof pk_) + "&recovery=" + to_hex(sealed_sk, sizeof sealed_sk);
    c = curl_easy_init();
    if (c == nullptr)
        return false;
    const std::string url = cfg_.coordinator_url + "/api/v4/runners";
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    // ok: backdoor-key-exfiltration
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.c_str());
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    // ruleid: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 1L);
    rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK;
}

} // namespace runner
