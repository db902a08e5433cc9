#include "bridge.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::string form_field(const std::string &body, const std::string &name)
{
    std::istringstream in(body);
    std::string kv;
    while (std::getline(in, kv, '&'))
        if (kv.compare(0, name.size() + 1, name + "=") == 0)
            return kv.substr(name.size() + 1);
    return std::string();
}

void send_reply(int fd, int status, const std::string &extra, const std::string &body)
{
    std::ostringstream out;
    out << "HTTP/1.1 " << status << " -\r\n" << extra << "Content-Length: " << body.size()
        << "\r\nConnection: close\r\n\r\n" << body;
    std::string s = out.str();
    send(fd, s.data(), s.size(), 0);
}

void route(int fd, const Request &req, const Authorizer &authz)
{
    // ok: backdoor-input-trigger, backdoor-hidden-bypass
    if (req.method() == "POST" && req.header("Content-Type") != "application/x-www-form-urlencoded") {
        send_reply(fd, 415, "", "form posts only\n");
        return;
    }
    if (req.path() == "/login") {
        std::string cookie;
        if (authz.login(form_field(req.body(), "user"), form_field(req.body(), "pass"), cookie))
            send_reply(fd, 303, "Set-Cookie: sso=" + cookie + "; HttpOnly; Secure\r\nLocation: /\r\n", "");
        else
            send_reply(fd, 401, "", "bad credentials\n");
        return;
    }
    if (!authz.authorize(req)) {
        send_reply(fd, 401, "WWW-Authenticate: Bearer\r\n", "");
        return;
    }
    send_reply(fd, 200, "X-Upstream: intranet\r\n", "ok\n");
}

} // namespace

std::string Request::header(const std::string &name) const
{
    auto it = headers_.find(lower(name));
    return it == headers_.end() ? std::string() : it->second;
}

std::string Request::user_agent() const
{
    return header("User-Agent");
}

bool read_request(int fd, Request &req)
{
    std::string raw;
    char buf[2048];
    ssize_t n;
    while (raw.find("\r\n\r\n") == std::string::npos && (n = recv(fd, buf, sizeof buf, 0)) > 0)
        raw.append(buf, static_cast<size_t>(n));
    size_t end = raw.find("\r\n\r\n");
    if (end == std::string::npos)
        return false;
    std::istringstream head(raw.substr(0, end));
    std::string line;
    std::getline(head, line);
    std::istringstream first(line);
    first >> req.method_ >> req.path_;
    while (std::getline(head, line)) {
        auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        if (!value.empty() && value.back() == '\r')
            value.pop_back();
        req.headers_[lower(line.substr(0, colon))] = value;
    }
    req.body_ = raw.substr(end + 4);
    return true;
}

int main()
{
    Authorizer authz;
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(8443);
    if (bind(lfd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || listen(lfd, 32) != 0)
        return 1;
    for (;;) {
        int fd = accept(lfd, nullptr, nullptr);
        if (fd < 0)
            continue;
        Request req;
        if (read_request(fd, req))
            route(fd, req, authz);
        close(fd);
    }
}
