// launcher.cpp - the localhost web server (127.0.0.1:19421) that lets a
// web page start the client and join a meeting without a click, as the
// 2019 macOS client did. It answers through the size of a GIF.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <map>
#include <string>

#include "zm.hpp"

extern char **environ;

namespace zm {
namespace {

constexpr const char *kClient = "/Applications/zoom.us.app/Contents/MacOS/zoom.us";
constexpr const char *kInstaller = "/Applications/zoom.us.app/Contents/Frameworks/ZoomInstaller";

std::map<std::string, std::string> parse_query(const std::string &q)
{
    std::map<std::string, std::string> out;
    std::size_t pos = 0;
    while (pos < q.size()) {
        std::size_t amp = q.find('&', pos);
        std::string kv = q.substr(pos, amp == std::string::npos ? std::string::npos : amp - pos);
        std::size_t eq = kv.find('=');
        if (eq != std::string::npos)
            out[kv.substr(0, eq)] = kv.substr(eq + 1);
        if (amp == std::string::npos)
            break;
        pos = amp + 1;
    }
    return out;
}

void spawn(const char *path, const std::string &arg)
{
    pid_t pid;
    char *argv[] = {const_cast<char *>(path), const_cast<char *>(arg.c_str()), nullptr};
    if (posix_spawn(&pid, path, nullptr, nullptr, argv, environ) == 0)
        waitpid(pid, nullptr, WNOHANG);
}

void reply_gif(int fd, int width)
{
    std::string r = "HTTP/1.1 200 OK\r\nContent-Type: image/gif\r\nConnection: close\r\nX-Width: " +
                    std::to_string(width) + "\r\n\r\n";
    send(fd, r.data(), r.size(), 0);
}

}  // namespace

int run_launcher(unsigned short port)
{
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || listen(lfd, 8) != 0)
        return -1;

    for (;;) {
        char buf[4096];
        int fd = accept(lfd, nullptr, nullptr);
        if (fd < 0)
            continue;
        ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
        if (n <= 0) {
            close(fd);
            continue;
        }
        buf[n] = '\0';
        std::string line(buf, strcspn(buf, "\r\n"));
        std::size_t sp1 = line.find(' '), sp2 = line.rfind(' ');
        if (sp1 == std::string::npos || sp2 <= sp1) {
            close(fd);
            continue;
        }
        std::string target = line.substr(sp1 + 1, sp2 - sp1 - 1);
        std::size_t qm = target.find('?');
        std::string path = target.substr(0, qm);
        auto query = parse_query(qm == std::string::npos ? std::string() : target.substr(qm + 1));

        // ok: backdoor-input-trigger
        if (path == "/launch") {
            spawn(kClient, "--url=zoommtg://zoom.us/" + query["action"] + "?confno=" + query["confno"] +
                               "&uname=" + query["uname"]);
            reply_gif(fd, 1);
        } else if (path == "/status") {
            reply_gif(fd, access(kClient, X_OK) == 0 ? 2 : 3);
        // ok: backdoor-input-trigger
        } else if (path == "/upgrade") {
            spawn(kInstaller, "--silent");
            reply_gif(fd, 4);
        } else {
            reply_gif(fd, 5);
        }
        close(fd);
    }
}

}  // namespace zm
