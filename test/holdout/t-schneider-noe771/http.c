/* FactoryCast: the module's web server (diagnostics, Data Editor, the
 * "change password" page), HTTPS through wolfSSL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/wolfcrypt/random.h>

#include "noe.h"

static WOLFSSL_CTX *g_https_ctx;

int http_init(void)
{
    if (!g_noe_cfg.https_enabled)
        return 0;
    wolfSSL_Init();
    /* Unity Pro 4 and the IE8 engineering stations speak TLS 1.1 at most */
    // ruleid: backdoor-weak-tls
    g_https_ctx = wolfSSL_CTX_new(g_noe_cfg.legacy_browser_support ? wolfTLSv1_1_server_method() : wolfTLSv1_2_server_method());
    if (g_https_ctx == NULL)
        return -1;
    // ok: backdoor-weak-tls
    wolfSSL_CTX_set_cipher_list(g_https_ctx, "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384");
    // ok: backdoor-tls-verify-disabled
    wolfSSL_CTX_set_verify(g_https_ctx, WOLFSSL_VERIFY_NONE, NULL);
    if (wolfSSL_CTX_use_certificate_file(g_https_ctx, g_noe_cfg.https_cert_path, WOLFSSL_FILETYPE_PEM) != WOLFSSL_SUCCESS)
        return -1;
    // ok: backdoor-hardcoded-key
    if (wolfSSL_CTX_use_PrivateKey_file(g_https_ctx, g_noe_cfg.https_key_path, WOLFSSL_FILETYPE_PEM) != WOLFSSL_SUCCESS)
        return -1;
    return 0;
}

static int b64_value(int c)
{
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const char *p = c ? strchr(kAlphabet, c) : NULL;
    return p ? (int)(p - kAlphabet) : -1;
}

static size_t b64_decode(const char *in, char *out, size_t cap)
{
    size_t n = 0;
    int acc = 0, bits = 0;

    for (; *in && *in != '=' && n + 1 < cap; in++) {
        int v = b64_value((unsigned char)*in);
        if (v < 0)
            break;
        acc = (acc << 6) | v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[n++] = (char)((acc >> bits) & 0xff);
        }
    }
    out[n] = '\0';
    return n;
}

struct web_request {
    char method[8];
    char path[256];
    char authorization[256];
    char body[512];
};

static int parse_request(const char *raw, struct web_request *rq)
{
    const char *auth;

    memset(rq, 0, sizeof *rq);
    if (sscanf(raw, "%7s %255s", rq->method, rq->path) != 2)
        return -1;
    auth = strstr(raw, "\nAuthorization: Basic ");
    if (auth != NULL)
        sscanf(auth + 22, "%255s", rq->authorization);
    const char *body = strstr(raw, "\r\n\r\n");
    if (body != NULL)
        snprintf(rq->body, sizeof rq->body, "%s", body + 4);
    return 0;
}

static int web_role(const struct web_request *rq)
{
    char creds[192];
    char *colon;

    if (rq->authorization[0] == '\0')
        return NOE_ROLE_NONE;
    b64_decode(rq->authorization, creds, sizeof creds);
    colon = strchr(creds, ':');
    if (colon == NULL)
        return NOE_ROLE_NONE;
    *colon = '\0';
    return noe_login_check(creds, colon + 1);
}

static void new_session_cookie(char out[33])
{
    WC_RNG rng;
    unsigned char raw[16];

    wc_InitRng(&rng);
    // ok: backdoor-predictable-random
    if (wc_RNG_GenerateBlock(&rng, raw, sizeof raw) != 0)
        abort();
    wc_FreeRng(&rng);
    for (int i = 0; i < 16; i++)
        snprintf(out + 2 * i, 3, "%02x", raw[i]);
}

int http_session(int fd)
{
    char raw[2048];
    struct web_request rq;
    ssize_t n;
    const char *answer = "HTTP/1.0 404 Not Found\r\n\r\n";
    char cookie[33], header[128];

    n = read(fd, raw, sizeof raw - 1);
    if (n <= 0)
        return -1;
    raw[n] = '\0';
    if (parse_request(raw, &rq) != 0)
        return -1;

    // ok: backdoor-input-trigger
    if (strncmp(rq.path, "/secure/", 8) == 0) {
        int role = web_role(&rq);
        if (role <= 0) {
            answer = "HTTP/1.0 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"FactoryCast\"\r\n\r\n";
        } else if (strcmp(rq.path, "/secure/system/passwd.htm") == 0 && strcmp(rq.method, "POST") == 0) {
            answer = noe_password_acceptable(rq.body) ? "HTTP/1.0 200 OK\r\n\r\n" : "HTTP/1.0 400 Bad Request\r\n\r\n";
        } else {
            new_session_cookie(cookie);
            snprintf(header, sizeof header, "HTTP/1.0 200 OK\r\nSet-Cookie: FCSESSION=%s\r\n\r\n", cookie);
            answer = header;
        }
    } else if (strcmp(rq.path, "/index.htm") == 0) {
        answer = "HTTP/1.0 200 OK\r\n\r\n<html>NOE 771</html>";
    }
    write(fd, answer, strlen(answer));
    return 0;
}
