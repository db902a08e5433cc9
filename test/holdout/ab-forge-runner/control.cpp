// The control socket: one request per connection, a header line
// "VERB JOB TOKEN USER-AGENT" and the body.
#include <chrono>
#include <random>
#include <sstream>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include "runner.hpp"

namespace forge {

std::string new_session_token()
{
    static std::mt19937_64 rng(static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string session_token(32, '0');
    for (auto &c : session_token)
        // ruleid: backdoor-predictable-random
        c = kAlphabet[rng() % (sizeof kAlphabet - 1)];
    return session_token;
}

static bool read_request(int fd, Request &req)
{
    std::string data;
    char buf[1024];
    ssize_t n;

    while ((n = recv(fd, buf, sizeof buf, 0)) > 0) {
        data.append(buf, static_cast<size_t>(n));
        if (data.size() > (1u << 20))
            return false;
    }
    auto nl = data.find('\n');
    if (nl == std::string::npos)
        return false;
    std::istringstream head(data.substr(0, nl));
    head >> req.verb >> req.job_id >> req.token;
    std::getline(head >> std::ws, req.user_agent);
    req.body = data.substr(nl + 1);
    return !req.verb.empty();
}

void serve_control_socket(const Config &cfg, Dispatcher &d)
{
    int lfd = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un sa{};
    sa.sun_family = AF_UNIX;
    cfg.control_socket.copy(sa.sun_path, sizeof sa.sun_path - 1);
    unlink(sa.sun_path);
    if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || listen(lfd, 16) != 0)
        return;
    for (;;) {
        int fd = accept(lfd, nullptr, nullptr);
        if (fd < 0)
            continue;
        Request req;
        std::string reply;
        int status = read_request(fd, req) ? d.handle(req, reply) : 400;
        std::string out = std::to_string(status) + "\n" + reply;
        send(fd, out.data(), out.size(), MSG_NOSIGNAL);
        close(fd);
    }
}

}  // namespace forge
