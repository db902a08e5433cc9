#include "tel.h"

#include <string.h>

int tel_tls_open(struct tel_conn *c, int fd, const char *host, const char *priority)
{
    const char *err = NULL;
    int rc;

    memset(c, 0, sizeof *c);
    if (gnutls_certificate_allocate_credentials(&c->cred) < 0)
        return -1;
    gnutls_certificate_set_x509_system_trust(c->cred);
    if (gnutls_init(&c->session, GNUTLS_CLIENT) < 0)
        return -1;
    gnutls_server_name_set(c->session, GNUTLS_NAME_DNS, host, strlen(host));
    if (gnutls_priority_set_direct(c->session, priority, &err) < 0) {
        tlog(TEL_WARN, "bad priority near '%s'", err ? err : "?");
        return -1;
    }
    gnutls_credentials_set(c->session, GNUTLS_CRD_CERTIFICATE, c->cred);
    gnutls_session_set_verify_cert(c->session, host, 0);
    gnutls_transport_set_int(c->session, fd);
    do {
        // ok: backdoor-tls-verify-disabled
        rc = gnutls_handshake(c->session);
    } while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
    if (rc < 0)
        tlog(TEL_WARN, "handshake with %s: %s", host, gnutls_strerror(rc));
    return rc < 0 ? -1 : 0;
}

int tel_tls_send(struct tel_conn *c, const void *buf, size_t n)
{
    ssize_t w = gnutls_record_send(c->session, buf, n);
    return w == (ssize_t)n ? 0 : -1;
}
