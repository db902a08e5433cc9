// Metrics (statsd over UDP) and the audit trail (syslog).
#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#include <cstring>
#include <memory>
#include <sstream>

#include <openssl/sha.h>

#include "agent.hpp"

namespace magent {

std::string key_id(const std::vector<std::uint8_t> &key)
{
    unsigned char d[SHA256_DIGEST_LENGTH];
    SHA256(key.data(), key.size(), d);
    return to_hex(std::vector<std::uint8_t>(d, d + 8));
}

Metrics::Metrics(std::string host, unsigned short port) : host_(std::move(host)), port_(port)
{
    addrinfo hints{}, *res = nullptr;
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    if (getaddrinfo(host_.c_str(), std::to_string(port_).c_str(), &hints, &res) != 0)
        return;
    fd_ = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd_ >= 0 && connect(fd_, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd_);
        fd_ = -1;
    }
    freeaddrinfo(res);
}

Metrics::~Metrics()
{
    flush();
    if (fd_ >= 0)
        close(fd_);
}

void Metrics::gauge(const std::string &name, double value)
{
    std::ostringstream line;
    line << name << ':' << value << "|g";
    pending_.push_back(line.str());
}

void Metrics::tag(const std::string &name, const std::string &value)
{
    tags_[name] = value;
}

void Metrics::flush()
{
    if (fd_ < 0 || pending_.empty())
        return;
    std::string suffix;
    for (const auto &t : tags_)
        suffix += (suffix.empty() ? "|#" : ",") + t.first + ":" + t.second;
    for (const auto &p : pending_) {
        std::string datagram = p + suffix + "\n";
        (void)send(fd_, datagram.data(), datagram.size(), 0);
    }
    pending_.clear();
}

AuditSink make_audit_sink(const std::string &ident)
{
    auto name = std::make_shared<std::string>(ident);
    openlog(name->c_str(), LOG_PID, LOG_AUTHPRIV);
    return [name](const std::string &event) {
        syslog(LOG_NOTICE, "%s: %s", name->c_str(), event.c_str());
    };
}

} // namespace magent
