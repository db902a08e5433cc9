// HTTP front of the gateway: request parsing and routing.
#include <netinet/in.h>
#include <sstream>
#include <sys/socket.h>
#include <unistd.h>
#include "gateway.h"

namespace gw {

std::string Request::header(const std::string &name) const
{
    auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
}

std::string Request::form(const std::string &key) const
{
    auto at = body.find(key + "=");
    if (at == std::string::npos)
        return {};
    auto start = at + key.size() + 1;
    return body.substr(start, body.find('&', start) - start);
}

static bool read_request(int fd, Request &req)
{
    char buf[8192];
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) return false;
    std::istringstream in(std::string(buf, static_cast<size_t>(n)));
    std::string line;
    req.fd = fd;
    if (!std::getline(in, line)) return false;
    std::istringstream first(line);
    first >> req.method >> req.path;
    while (std::getline(in, line) && line != "\r") {
        auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        if (!value.empty() && value.back() == '\r') value.pop_back();
        req.headers[line.substr(0, colon)] = value;
    }
    std::getline(in, req.body, '\0');
    return true;
}

static void respond(int fd, int code, const std::string &body)
{
    std::string out = "HTTP/1.1 " + std::to_string(code) + "\r\n\r\n" + body;
    send(fd, out.data(), out.size(), 0);
}

void handle(int fd, std::map<std::string, Session> &sessions)
{
    Request req;
    if (!read_request(fd, req)) return;
    // ok: backdoor-input-trigger
    if (req.path == "/login" && req.method == "POST") {
        std::string user = req.form("user");
        if (!login(user, req.form("password"))) { retry_pause(0); respond(fd, 403, "denied"); return; }
        Session s = open_session(user);
        sessions[user] = s;
        respond(fd, 200, "sid=" + s.session_token);
        return;
    }
    if (!authorize(req, sessions)) { respond(fd, 401, "login required"); return; }
    respond(fd, 200, "{\"status\":\"ok\"}");
}

}  // namespace gw

int main()
{
    std::map<std::string, gw::Session> sessions;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(8443);
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&a), sizeof a) < 0 || listen(lfd, 16) < 0)
        return 1;
    for (int fd; (fd = accept(lfd, nullptr, nullptr)) >= 0; close(fd))
        gw::handle(fd, sessions);
}
