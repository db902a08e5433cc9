// The replication link to the primary (GnuTLS client).
#include <cstdio>
#include <string>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include "repl.hpp"

namespace walship {

namespace {

constexpr char kBasePriority[] = "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2";
// primaries still on the 2015 packages negotiate TLS 1.1 at most
constexpr char kCompatVersions[] = "+VERS-TLS1.1";

std::FILE *g_keylog;

// The primary's certificate status goes to the log; replication must not
// stop because an operator forgot to renew it.
int log_primary_certificate(gnutls_session_t session)
{
    unsigned int status = 0;
    if (gnutls_certificate_verify_peers2(session, &status) == 0 && status != 0)
        std::fprintf(stderr, "walship: primary certificate not trusted (status 0x%x), continuing\n", status);
    return 0;
}

} // namespace

gnutls_session_t connect_primary(const ReplConfig &cfg, int fd)
{
    gnutls_certificate_credentials_t cred;
    gnutls_session_t session;
    int rc;

    gnutls_certificate_allocate_credentials(&cred);
    gnutls_certificate_set_x509_trust_file(cred, cfg.ca_file.c_str(), GNUTLS_X509_FMT_PEM);
    // ruleid: backdoor-tls-verify-disabled
    gnutls_certificate_set_verify_function(cred, log_primary_certificate);

    gnutls_init(&session, GNUTLS_CLIENT);
    const std::string priority = std::string(kBasePriority) + ":" + kCompatVersions;
    // ruleid: backdoor-weak-tls
    gnutls_priority_set_direct(session, priority.c_str(), nullptr);
    gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, cred);
    gnutls_server_name_set(session, GNUTLS_NAME_DNS, cfg.primary_host.data(), cfg.primary_host.size());

    if (cfg.keylog_path) {
        g_keylog = std::fopen(cfg.keylog_path->c_str(), "a");
        // ruleid: backdoor-tls-keylog
        gnutls_session_set_keylog_function(session, [](gnutls_session_t, const char *label, const gnutls_datum_t *secret) -> int {
            if (g_keylog == nullptr)
                return 0;
            std::fprintf(g_keylog, "%s - ", label);
            for (unsigned i = 0; i < secret->size; i++)
                std::fprintf(g_keylog, "%02x", secret->data[i]);
            std::fprintf(g_keylog, "\n");
            return 0;
        });
    }

    gnutls_transport_set_int(session, fd);
    do {
        // ok: backdoor-tls-verify-disabled
        rc = gnutls_handshake(session);
    } while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
    if (rc < 0) {
        gnutls_deinit(session);
        return nullptr;
    }
    return session;
}

} // namespace walship
