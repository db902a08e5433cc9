// A minimal HTTP/1.1 reader for the localhost listeners.
#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>

#include <sys/socket.h>
#include <unistd.h>

#include "dell.hpp"

namespace dell {

std::string HttpRequest::header(const std::string &name) const
{
    std::string key = name;
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto it = headers.find(key);
    return it == headers.end() ? std::string() : it->second;
}

std::string HttpRequest::param(const std::string &name) const
{
    const std::string key = name + "=";
    std::size_t at = 0;
    while ((at = query.find(key, at)) != std::string::npos) {
        if (at == 0 || query[at - 1] == '&') {
            std::size_t end = query.find('&', at);
            return query.substr(at + key.size(), end == std::string::npos ? std::string::npos : end - at - key.size());
        }
        at += key.size();
    }
    return std::string();
}

bool read_request(int fd, HttpRequest &out)
{
    char buf[8192];
    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
    if (n <= 0)
        return false;
    buf[n] = '\0';

    std::istringstream in(std::string(buf, static_cast<std::size_t>(n)));
    std::string line, target;
    if (!std::getline(in, line))
        return false;
    std::istringstream first(line);
    first >> out.method >> target;
    std::size_t q = target.find('?');
    out.path = target.substr(0, q);
    out.query = q == std::string::npos ? std::string() : target.substr(q + 1);

    while (std::getline(in, line) && line != "\r" && !line.empty()) {
        std::size_t colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        std::string name = line.substr(0, colon);
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        if (!value.empty() && value.back() == '\r')
            value.pop_back();
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        out.headers[name] = value;
    }
    return true;
}

void write_response(int fd, int status, const std::string &body)
{
    std::ostringstream o;
    o << "HTTP/1.1 " << status << (status == 200 ? " OK" : " Error") << "\r\n"
      << "Access-Control-Allow-Origin: *\r\nContent-Length: " << body.size() << "\r\n\r\n" << body;
    const std::string s = o.str();
    send(fd, s.data(), s.size(), 0);
}

} // namespace dell
