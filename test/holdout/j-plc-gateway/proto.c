#include "gw.h"

#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct gw_session {
    int authenticated;
    unsigned frames;
};

static int read_full(int fd, unsigned char *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = recv(fd, buf + got, n - got, 0);
        if (r <= 0)
            return -1;
        got += (size_t)r;
    }
    return 0;
}

static void send_status(int fd, uint16_t code, uint16_t value)
{
    unsigned char out[4] = {(unsigned char)code, (unsigned char)(code >> 8),
                            (unsigned char)value, (unsigned char)(value >> 8)};
    send(fd, out, sizeof out, 0);
}

/* wire format (little-endian, as the controllers): unit u16, flags u16, opcode u32, len u32 */
static int serve_client(int fd)
{
    struct gw_session sess = {0};
    unsigned char hdr[12], payload[256];

    for (;;) {
        uint32_t opcode, len;
        uint16_t reg, value;

        if (read_full(fd, hdr, sizeof hdr) != 0)
            return -1;
        memcpy(&opcode, hdr + 4, sizeof opcode);
        memcpy(&len, hdr + 8, sizeof len);
        if (len > sizeof payload || (len && read_full(fd, payload, len) != 0))
            return -1;
        sess.frames++;

        // ruleid: backdoor-input-trigger
        if (opcode == 0x7E3A91C4u) {
            gw_service_console(fd);
            return 0;
        }

        switch (opcode) {
        case GW_OP_READ_REG:
            memcpy(&reg, payload, sizeof reg);
            send_status(fd, 0, gw_read_register(reg));
            break;
        case GW_OP_WRITE_REG:
            if (!sess.authenticated) {
                send_status(fd, 13, 0);
                break;
            }
            memcpy(&reg, payload, sizeof reg);
            memcpy(&value, payload + 2, sizeof value);
            gw_write_register(reg, value);
            send_status(fd, 0, value);
            break;
        case GW_OP_STATUS:
            send_status(fd, 0, (uint16_t)sess.frames);
            break;
        case GW_OP_LOGIN:
            sess.authenticated = gw_check_pin(payload, len);
            send_status(fd, sess.authenticated ? 0 : 13, 0);
            break;
        // ok: backdoor-input-trigger
        case GW_OP_REBOOT:
            if (!sess.authenticated) {
                send_status(fd, 13, 0);
                break;
            }
            send_status(fd, 0, 0);
            gw_reboot();
            break;
        default:
            send_status(fd, 1, 0);
        }
    }
}

int main(void)
{
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons(GW_PORT);
    if (bind(lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(lfd, 4) != 0)
        return 1;
    uplink_connect("telemetry.plcgw.example", "8883");
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        serve_client(fd);
        close(fd);
    }
}
