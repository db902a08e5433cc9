#include <iostream>
#include <openssl/pem.h>

#include "sso.hpp"

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::cerr << "usage: sso-gw IDP_SIGNING_CERT.pem\n";
        return 2;
    }
    FILE *fp = std::fopen(argv[1], "r");
    if (fp == nullptr)
        return 1;
    X509 *cert = PEM_read_X509(fp, nullptr, nullptr, nullptr);
    std::fclose(fp);
    if (cert == nullptr)
        return 1;
    sso::GatewayConfig cfg = sso::default_config();
    sso::SignatureVerifier verifier(X509_get0_pubkey(cert));
    sso::SessionIssuer sessions(cfg);
    sso::AssertionConsumer acs(verifier, sessions);
    SSL_CTX *md = sso::metadata_tls_context();
    std::cout << "sso-gw " << cfg.entity_id << " ready\n";
    SSL_CTX_free(md);
    X509_free(cert);
    return 0;
}
