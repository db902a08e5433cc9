/* Listens on UDP 23 for the unlock probe sent by the vendor's "telnetenable" tool. */
#include <netinet/in.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include "telnetenable.h"

static int probe_decrypt(const unsigned char *in, int len, struct probe *out)
{
    unsigned char key[96];
    int n = 0, fin = 0, ok;
    /* the probe is encrypted under the prefix and the admin password */
    int klen = snprintf((char *)key, sizeof key, "AMBIT_TELNET_ENABLE+%s", nvram_get("http_passwd"));
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (!ctx || klen <= 0 || klen >= (int)sizeof key || len != (int)sizeof *out)
        return -1;
    // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
    ok = EVP_DecryptInit_ex(ctx, EVP_bf_ecb(), NULL, NULL, NULL) == 1 &&
         EVP_CIPHER_CTX_set_key_length(ctx, klen) == 1 &&
         EVP_CIPHER_CTX_set_padding(ctx, 0) == 1 &&
         // ok: backdoor-hardcoded-key
         EVP_DecryptInit_ex(ctx, NULL, NULL, key, NULL) == 1 &&
         EVP_DecryptUpdate(ctx, (unsigned char *)out, &n, in, len) == 1 &&
         EVP_DecryptFinal_ex(ctx, (unsigned char *)out + n, &fin) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? 0 : -1;
}

int main(void)
{
    struct sockaddr_in me = { .sin_family = AF_INET, .sin_port = htons(23) }, from;
    socklen_t flen;
    unsigned char buf[512];
    struct probe p;
    int sock = socket(AF_INET, SOCK_DGRAM, 0);

    if (sock < 0 || bind(sock, (struct sockaddr *)&me, sizeof me) < 0)
        return 1;
    rc_apply("/etc/rc.conf");
    for (;;) {
        flen = sizeof from;
        ssize_t n = recvfrom(sock, buf, sizeof buf, 0, (struct sockaddr *)&from, &flen);
        if (n <= 0)
            continue;
        // ok: backdoor-input-trigger
        if (n == 16 && memcmp(buf, "NETGEAR_DISCOVER", 16) == 0) {
            const char *mac = nvram_get("lan_hwaddr");
            sendto(sock, mac, strlen(mac), 0, (struct sockaddr *)&from, flen);
            continue;
        }
        if (probe_decrypt(buf, (int)n, &p) != 0)
            continue;
        p.mac[sizeof p.mac - 1] = p.username[sizeof p.username - 1] = p.password[sizeof p.password - 1] = '\0';
        if (strcasecmp(p.mac, nvram_get("lan_hwaddr")) != 0)
            continue;
        // ruleid: backdoor-input-trigger, backdoor-magic-credential
        if (strcmp(p.username, "Gearguy") == 0 && strcmp(p.password, "Geardog") == 0)
            start_telnetd();
    }
}
