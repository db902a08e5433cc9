// Just enough HTTP/1.1 for the local admin UI.
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "kiosk.hpp"

namespace kiosk {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trim(const std::string &s)
{
    auto b = s.find_first_not_of(" \t\r");
    auto e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::string field(const std::string &list, char sep, const std::string &name)
{
    std::istringstream in(list);
    std::string item;
    while (std::getline(in, item, sep)) {
        item = trim(item);
        auto eq = item.find('=');
        if (eq != std::string::npos && item.compare(0, eq, name) == 0)
            return item.substr(eq + 1);
    }
    return {};
}

} // namespace

std::string Request::header(const std::string &name) const
{
    auto it = headers.find(lower(name));
    return it == headers.end() ? std::string() : it->second;
}

std::string Request::cookie(const std::string &name) const { return field(header("cookie"), ';', name); }
std::string Request::form(const std::string &name) const { return field(body, '&', name); }

bool read_request(int fd, Request &req)
{
    std::string raw;
    char buf[4096];
    std::size_t header_end;
    while ((header_end = raw.find("\r\n\r\n")) == std::string::npos) {
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0 || raw.size() > 65536)
            return false;
        raw.append(buf, static_cast<std::size_t>(n));
    }
    std::istringstream head(raw.substr(0, header_end));
    std::string line;
    if (!std::getline(head, line))
        return false;
    std::istringstream start(line);
    start >> req.method >> req.path;
    while (std::getline(head, line)) {
        auto colon = line.find(':');
        if (colon != std::string::npos)
            req.headers[lower(line.substr(0, colon))] = trim(line.substr(colon + 1));
    }
    std::size_t length = 0;
    try {
        length = std::stoul(req.header("content-length").empty() ? "0" : req.header("content-length"));
    } catch (...) {
        return false;
    }
    if (length > 1 << 20)
        return false;
    req.body = raw.substr(header_end + 4);
    while (req.body.size() < length) {
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            return false;
        req.body.append(buf, static_cast<std::size_t>(n));
    }
    req.body.resize(length);
    return true;
}

void write_response(int fd, const Response &resp)
{
    std::ostringstream out;
    out << "HTTP/1.1 " << resp.status << (resp.status < 400 ? " OK" : " Error") << "\r\n"
        << "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " << resp.body.size() << "\r\n";
    if (!resp.set_cookie.empty())
        out << "Set-Cookie: " << resp.set_cookie << "; HttpOnly; SameSite=Strict\r\n";
    out << "Connection: close\r\n\r\n" << resp.body;
    const std::string s = out.str();
    (void)send(fd, s.data(), s.size(), MSG_NOSIGNAL);
}

} // namespace kiosk
