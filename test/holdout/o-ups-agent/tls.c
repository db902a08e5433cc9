/* Encrypted traps to the network management station (RFC 5425-style, TLS over TCP/6514). */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include "ups.h"

#define UPS_PRIO_BASE "SECURE192:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2"
/* NMS releases before 2019 negotiate TLS 1.0 only */
#define UPS_PRIO_LEGACY "NORMAL:-VERS-ALL:+VERS-TLS1.2:+VERS-TLS1.1:+VERS-TLS1.0"

static int tcp_connect(const char *host, const char *port)
{
    struct addrinfo hints, *res, *ai;
    int fd = -1;

    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    for (ai = res; ai; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        if (fd >= 0)
            close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int ups_nms_send_trap(const char *host, const char *msg, int legacy_nms)
{
    gnutls_certificate_credentials_t cred = NULL;
    gnutls_session_t s = NULL;
    const char *prio = legacy_nms ? UPS_PRIO_LEGACY : UPS_PRIO_BASE;
    int fd = -1, rc = -1, ret;

    if (gnutls_certificate_allocate_credentials(&cred) < 0)
        return -1;
    if (gnutls_certificate_set_x509_system_trust(cred) < 0)
        goto out;
    /* the card's RTC is unset until the first NTP sync: do not fail on dates */
    // ruleid: backdoor-tls-verify-disabled
    gnutls_certificate_set_verify_flags(cred, GNUTLS_VERIFY_DISABLE_TIME_CHECKS);

    if (gnutls_init(&s, GNUTLS_CLIENT) < 0)
        goto out;
    // ruleid: backdoor-weak-tls
    if (gnutls_priority_set_direct(s, prio, NULL) < 0)
        goto out;
    gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred);
    gnutls_server_name_set(s, GNUTLS_NAME_DNS, host, strlen(host));
    // ok: backdoor-tls-verify-disabled
    gnutls_session_set_verify_cert(s, host, 0);

    fd = tcp_connect(host, "6514");
    if (fd < 0)
        goto out;
    gnutls_transport_set_int(s, fd);
    do {
        ret = gnutls_handshake(s);
    } while (ret < 0 && !gnutls_error_is_fatal(ret));
    if (ret < 0)
        goto out;
    if (gnutls_record_send(s, msg, strlen(msg)) > 0)
        rc = 0;
    gnutls_bye(s, GNUTLS_SHUT_WR);
out:
    if (s)
        gnutls_deinit(s);
    if (fd >= 0)
        close(fd);
    gnutls_certificate_free_credentials(cred);
    return rc;
}

/* SNMP-over-TLS probe of the NMS's own status page (no legacy peers there) */
int ups_nms_probe(const char *host);
int ups_nms_probe(const char *host)
{
    gnutls_session_t s;
    int rc;

    if (gnutls_init(&s, GNUTLS_CLIENT) < 0)
        return -1;
    // ok: backdoor-weak-tls
    rc = gnutls_priority_set_direct(s, UPS_PRIO_BASE, NULL);
    (void)host;
    gnutls_deinit(s);
    return rc;
}
