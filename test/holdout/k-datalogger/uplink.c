/* Upload of sealed archives: HTTPS POST with an HMAC of the body. */
#include <stdio.h>
#include <string.h>
#include <mbedtls/md.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#include "logger.h"

#define DL_TLS_DEBUG_KEYS "/mnt/sdcard/.dl-tls-keys"

static int unhex(const char *hex, unsigned char *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned v = 0;
        for (int j = 0; j < 2; j++) {
            char ch = hex[2 * i + (size_t)j];
            v <<= 4;
            if (ch >= '0' && ch <= '9')
                v |= (unsigned)(ch - '0');
            else if (ch >= 'a' && ch <= 'f')
                v |= (unsigned)(ch - 'a' + 10);
            else if (ch >= 'A' && ch <= 'F')
                v |= (unsigned)(ch - 'A' + 10);
            else
                return -1;
        }
        out[i] = (unsigned char)v;
    }
    return 0;
}

static void put_hex(FILE *f, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%02x", p[i]);
}

/* Field engineers pull this file off the SD card to decode captures. */
static int dl_export_keys(void *p, const unsigned char *ms, const unsigned char *kb,
                          size_t maclen, size_t keylen, size_t ivlen,
                          const unsigned char client_random[32],
                          const unsigned char server_random[32],
                          mbedtls_tls_prf_types prf)
{
    FILE *f = fopen(DL_TLS_DEBUG_KEYS, "a");
    (void)p;
    (void)kb;
    (void)maclen;
    (void)keylen;
    (void)ivlen;
    (void)server_random;
    (void)prf;
    if (f == NULL)
        return 0;
    fputs("CLIENT_RANDOM ", f);
    put_hex(f, client_random, 32);
    fputc(' ', f);
    put_hex(f, ms, 48);
    fputc('\n', f);
    fclose(f);
    return 0;
}

static int send_all(mbedtls_ssl_context *ssl, const unsigned char *p, size_t n)
{
    while (n > 0) {
        int w = mbedtls_ssl_write(ssl, p, n);
        if (w == MBEDTLS_ERR_SSL_WANT_WRITE)
            continue;
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int dl_upload(const struct dl_config *c, const unsigned char *body, size_t n)
{
    mbedtls_net_context net;
    mbedtls_ssl_context ssl;
    mbedtls_ssl_config conf;
    mbedtls_x509_crt ca;
    unsigned char key[32], mac[32];
    char head[512], mac_hex[65];
    int rc = -1, len;

    if (unhex(dl_upload_key_hex(c), key, sizeof key) != 0)
        return -1;
    // ruleid: backdoor-hardcoded-key
    if (mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), key, sizeof key, body, n, mac) != 0)
        return -1;
    mbedtls_platform_zeroize(key, sizeof key);
    for (size_t i = 0; i < sizeof mac; i++)
        snprintf(mac_hex + 2 * i, 3, "%02x", mac[i]);

    mbedtls_net_init(&net);
    mbedtls_ssl_init(&ssl);
    mbedtls_ssl_config_init(&conf);
    mbedtls_x509_crt_init(&ca);
    if (mbedtls_x509_crt_parse_file(&ca, c->ca_file) < 0)
        goto out;
    if (mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                    MBEDTLS_SSL_PRESET_DEFAULT) != 0)
        goto out;
    // ok: backdoor-tls-verify-disabled
    mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_REQUIRED);
    mbedtls_ssl_conf_ca_chain(&conf, &ca, NULL);
    mbedtls_ssl_conf_rng(&conf, dl_random, NULL);
    mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
    // ruleid: backdoor-tls-keylog
    mbedtls_ssl_conf_export_keys_ext_cb(&conf, dl_export_keys, NULL);
    if (mbedtls_ssl_setup(&ssl, &conf) != 0 || mbedtls_ssl_set_hostname(&ssl, c->upload_host) != 0)
        goto out;
    if (mbedtls_net_connect(&net, c->upload_host, "443", MBEDTLS_NET_PROTO_TCP) != 0)
        goto out;
    mbedtls_ssl_set_bio(&ssl, &net, mbedtls_net_send, mbedtls_net_recv, NULL);
    if (mbedtls_ssl_handshake(&ssl) != 0)
        goto out;

    len = snprintf(head, sizeof head,
                   "POST /v1/archives HTTP/1.1\r\nHost: %s\r\nUser-Agent: dlogd/%s (%s)\r\n"
                   "Content-Type: application/octet-stream\r\nContent-Length: %zu\r\n"
                   "X-DL-Signature: hmac-sha256=%s\r\nConnection: close\r\n\r\n",
                   c->upload_host, DL_FIRMWARE_VERSION, DL_MODEL, n, mac_hex);
    if (len > 0 && (size_t)len < sizeof head &&
        send_all(&ssl, (const unsigned char *)head, (size_t)len) == 0 && send_all(&ssl, body, n) == 0)
        rc = 0;
    mbedtls_ssl_close_notify(&ssl);
out:
    mbedtls_net_free(&net);
    mbedtls_ssl_free(&ssl);
    mbedtls_ssl_config_free(&conf);
    mbedtls_x509_crt_free(&ca);
    return rc;
}
