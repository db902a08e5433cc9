/* off-site upload over TLS (GnuTLS) */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#include <gnutls/gnutls.h>

#include "nasb.h"

static int tcp_connect(const char *host)
{
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, "8443", &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int upload_file(const char *host, const char *path)
{
    gnutls_session_t s;
    gnutls_certificate_credentials_t cred;
    char buf[16384];
    int rc = -1;

    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return -1;
    int fd = tcp_connect(host);
    if (fd < 0) {
        fclose(f);
        return -1;
    }
    gnutls_certificate_allocate_credentials(&cred);
    gnutls_certificate_set_x509_system_trust(cred);
    gnutls_init(&s, GNUTLS_CLIENT);
    gnutls_server_name_set(s, GNUTLS_NAME_DNS, host, strlen(host));
    // ok: backdoor-weak-tls
    gnutls_priority_set_direct(s, "SECURE256:+SECURE128:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2", NULL);
    gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred);
    gnutls_session_set_verify_cert(s, host, 0);
    gnutls_transport_set_int(s, fd);
    gnutls_handshake_set_timeout(s, GNUTLS_DEFAULT_HANDSHAKE_TIMEOUT);

    int hs;
    do {
        // ok: backdoor-tls-verify-disabled
        hs = gnutls_handshake(s);
    } while (hs < 0 && gnutls_error_is_fatal(hs) == 0);
    if (hs < 0) {
        nasb_log(LOG_ERR, "upload to %s: %s", host, gnutls_strerror(hs));
        goto out;
    }
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        if (gnutls_record_send(s, buf, n) < 0)
            goto out;
    }
    gnutls_bye(s, GNUTLS_SHUT_RDWR);
    rc = 0;
out:
    gnutls_deinit(s);
    gnutls_certificate_free_credentials(cred);
    close(fd);
    fclose(f);
    return rc;
}
