// Crash reports and the collector they are posted to.
#include <string>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "lobby.hpp"

namespace lobby {

void CrashReport::add_field(const std::string &name, const std::string &value)
{
    buf_ += name;
    buf_ += '=';
    buf_ += value;
    buf_ += '\n';
}

std::string CrashReport::serialize() const
{
    return "lobbyd-crash/1\n" + buf_;
}

bool Uploader::post(const std::string &body) const
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(9515);
    if (inet_pton(AF_INET, collector_.c_str(), &a.sin_addr) != 1)
        return false;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    // ok: backdoor-key-exfiltration
    bool ok = connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 && send(fd, body.data(), body.size(), 0) == static_cast<ssize_t>(body.size());
    close(fd);
    return ok;
}

} // namespace lobby
