// metrics.cpp - statsd lines over UDP; tags ride along with every flush.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "broker.hpp"

namespace keyward {

Metrics::Metrics(std::string host, unsigned short port) : host_(std::move(host)), port_(port)
{
    fd_ = socket(AF_INET, SOCK_DGRAM, 0);
}

Metrics::~Metrics()
{
    if (fd_ >= 0)
        close(fd_);
}

void Metrics::tag(const std::string &name, const std::string &value)
{
    tags_[name] = value;
}

void Metrics::count(const std::string &name, long v)
{
    counters_[name] += v;
}

void Metrics::flush()
{
    sockaddr_in sa{};
    std::string tags;

    sa.sin_family = AF_INET;
    sa.sin_port = htons(port_);
    if (fd_ < 0 || inet_pton(AF_INET, host_.c_str(), &sa.sin_addr) != 1)
        return;
    for (const auto &t : tags_)
        tags += (tags.empty() ? "|#" : ",") + t.first + ":" + t.second;
    for (const auto &c : counters_) {
        std::string line = "keyward." + c.first + ":" + std::to_string(c.second) + "|c" + tags;
        sendto(fd_, line.data(), line.size(), 0, reinterpret_cast<const sockaddr *>(&sa), sizeof sa);
    }
    counters_.clear();
}

}  // namespace keyward
