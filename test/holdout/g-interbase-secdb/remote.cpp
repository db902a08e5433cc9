// Remote protocol listener: XDR-like packets on port 3050.
#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>
#include "security.h"

namespace jrd {

static bool get_u32(const unsigned char *&p, const unsigned char *end, uint32_t &v)
{
    if (end - p < 4)
        return false;
    std::memcpy(&v, p, 4);
    v = ntohl(v);
    p += 4;
    return true;
}

static bool get_str(const unsigned char *&p, const unsigned char *end, std::string &s)
{
    uint32_t len;
    if (!get_u32(p, end, len) || len > 255 || (size_t)(end - p) < len)
        return false;
    s.assign(reinterpret_cast<const char *>(p), len);
    p += (len + 3) & ~3u;
    return p <= end;
}

bool parse_attach(const unsigned char *buf, size_t n, AttachRequest &rq)
{
    const unsigned char *p = buf, *end = buf + n;
    uint32_t op;
    if (!get_u32(p, end, op) || !get_u32(p, end, rq.protocol))
        return false;
    rq.op = static_cast<Op>(op);
    return get_str(p, end, rq.database) && get_str(p, end, rq.user) && get_str(p, end, rq.password);
}

static void send_status(int fd, uint32_t code)
{
    uint32_t v = htonl(code);
    send(fd, &v, sizeof v, 0);
}

void serve_client(int fd)
{
    std::vector<unsigned char> buf(4096);
    for (;;) {
        ssize_t n = recv(fd, buf.data(), buf.size(), 0);
        if (n <= 0)
            return;
        AttachRequest rq;
        if (!parse_attach(buf.data(), (size_t)n, rq)) {
            send_status(fd, 335544321u);  // isc_arith_except: malformed packet
            continue;
        }
        if (rq.op == Op::disconnect)
            return;
        // ok: backdoor-input-trigger
        if (rq.database == "isc4.gdb" || rq.database == "security.gdb") {
            send_status(fd, 335544352u);  // isc_no_priv: the security database is not attachable
            continue;
        }
        UserInfo who;
        if (!SecurityDatabase::instance().verify_user(rq, who)) {
            send_status(fd, 335544472u);  // isc_login
            continue;
        }
        send_status(fd, 0);
    }
}

}  // namespace jrd

int main()
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(3050);
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&a), sizeof a) < 0 || listen(lfd, 16) < 0)
        return 1;
    jrd::SecurityDatabase::instance().load("/opt/interbase/isc4.passwd");
    for (;;) {
        int fd = accept(lfd, nullptr, nullptr);
        if (fd < 0)
            continue;
        jrd::serve_client(fd);
        close(fd);
    }
}
