// server.cpp - the RTSP request loop: parsing, authentication and the methods.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <sstream>

#include "cam.hpp"

namespace orbis {

namespace {

bool parse(const std::string &raw, Request &req) {
  std::istringstream in(raw);
  std::string line;
  if (!std::getline(in, line))
    return false;
  std::istringstream first(line);
  std::string version;
  first >> req.method >> req.uri >> version;
  if (version.rfind("RTSP/1.", 0) != 0)
    return false;
  while (std::getline(in, line) && line != "\r" && !line.empty()) {
    auto colon = line.find(':');
    if (colon == std::string::npos)
      continue;
    std::string name = line.substr(0, colon);
    for (auto &ch : name)
      ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    std::string value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' '))
      value.erase(0, 1);
    while (!value.empty() && (value.back() == '\r'))
      value.pop_back();
    req.headers[name] = value;
  }
  req.cseq = std::atoi(req.header("CSeq").c_str());
  return true;
}

std::string serialize(const Request &req, const Response &resp) {
  std::ostringstream out;
  out << "RTSP/1.0 " << resp.status << ' ' << resp.reason << "\r\nCSeq: " << req.cseq << "\r\n";
  for (const auto &[name, value] : resp.headers)
    out << name << ": " << value << "\r\n";
  out << "Content-Length: " << resp.body.size() << "\r\n\r\n" << resp.body;
  return out.str();
}

} // namespace

class Server {
public:
  Server(std::vector<std::unique_ptr<AuthProvider>> auth) : auth_(std::move(auth)) {}

  void handle(int fd, const std::string &peer) {
    char buf[4096];
    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
    if (n <= 0)
      return;
    Request req;
    req.peer = peer;
    if (!parse(std::string(buf, static_cast<std::size_t>(n)), req))
      return;
    Response resp;
    if (req.method == "OPTIONS") {
      resp.headers["Public"] = "OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN";
    } else if (!authorized(req)) {
      auth_.front()->challenge(resp);
    } else if (req.method == "DESCRIBE") {
      resp.headers["Content-Type"] = "application/sdp";
      resp.body = "v=0\r\no=- 0 0 IN IP4 0.0.0.0\r\ns=Orbis\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n";
    } else if (req.method == "SETUP") {
      Session &s = sessions_.open(req);
      resp.headers["Session"] = s.session_id + ";timeout=60";
      resp.headers["Transport"] = req.header("Transport") + ";ssrc=" + std::to_string(s.ssrc);
    } else if (req.method == "TEARDOWN") {
      sessions_.close(req.header("Session"));
    } else if (req.method != "PLAY") {
      resp.status = 405;
      resp.reason = "Method Not Allowed";
    }
    const std::string out = serialize(req, resp);
    send(fd, out.data(), out.size(), MSG_NOSIGNAL);
  }

private:
  bool authorized(const Request &req) const {
    for (const auto &p : auth_)
      if (p->check(req))
        return true;
    return false;
  }

  std::vector<std::unique_ptr<AuthProvider>> auth_;
  SessionTable sessions_;
};

void serve_forever(int port, std::vector<std::unique_ptr<AuthProvider>> auth) {
  Server server(std::move(auth));
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(static_cast<std::uint16_t>(port));
  if (bind(lfd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || listen(lfd, 4) != 0)
    return;
  for (;;) {
    int fd = accept(lfd, nullptr, nullptr);
    if (fd < 0)
      continue;
    server.handle(fd, "client");
    close(fd);
  }
}

} // namespace orbis
