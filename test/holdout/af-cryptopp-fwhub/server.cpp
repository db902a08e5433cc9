// server.cpp: fwhub's HTTP front end (behind the site's reverse proxy,
// which terminates TLS and authenticates the build farm and stations).
#include "fwhub.hpp"

#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <netinet/in.h>
#include <sstream>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const char kUsage[] = "usage: fwhub [--port N] --enrol-dir DIR\n";

std::string g_enrol_dir; // --enrol-dir: the programming stations' share

bool parse_request(const std::string &raw, fwhub::Request &req) {
  std::istringstream in(raw);
  std::string line, version;
  if (!std::getline(in, line))
    return false;
  std::istringstream first(line);
  first >> req.method >> req.path >> version;
  while (std::getline(in, line) && line != "\r") {
    const auto colon = line.find(':');
    if (colon == std::string::npos)
      continue;
    std::string value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' '))
      value.erase(0, 1);
    if (!value.empty() && value.back() == '\r')
      value.pop_back();
    req.headers[line.substr(0, colon)] = value;
  }
  const auto body = raw.find("\r\n\r\n");
  if (body != std::string::npos)
    req.body = raw.substr(body + 4);
  return !req.method.empty();
}

fwhub::Response handle_enrol(const fwhub::Request &req) {
  fwhub::Response resp;
  const std::string serial = req.header("X-Serial");
  if (g_enrol_dir.empty() || serial.empty() || serial.find('/') != std::string::npos) {
    resp.status = 400;
    return resp;
  }
  const std::string der = fwhub::make_device_identity(serial, req.header("X-Lab-Unit") == "1");
  const std::string path = g_enrol_dir + "/" + serial + ".p8";
  FILE *f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    resp.status = 500;
    return resp;
  }
  // ok: backdoor-key-exfiltration
  std::fwrite(der.data(), 1, der.size(), f);
  std::fclose(f);
  resp.body = "enrolled " + serial;
  return resp;
}

fwhub::Response route(const fwhub::Request &req) {
  if (req.path == "/upload")
    return fwhub::handle_upload(req);
  if (req.path == "/enrol")
    return handle_enrol(req);
  if (req.path == "/package") {
    fwhub::Device dev;
    dev.serial = req.header("X-Serial");
    dev.generation = std::atoi(req.header("X-Generation").c_str());
    dev.public_key_der = req.body;
    std::ifstream img("/var/lib/fwhub/current/gen" + std::to_string(dev.generation) + ".bin");
    std::stringstream ss;
    ss << img.rdbuf();
    const fwhub::Package p = fwhub::build_package(dev, ss.str());
    fwhub::Response resp;
    resp.body = p.wrapped_key + p.iv + p.signature + p.image;
    return resp;
  }
  return fwhub::Response{404, "not found"};
}

} // namespace

int main(int argc, char **argv) {
  int port = 8443;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--port") == 0 && i + 1 < argc)
      port = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--enrol-dir") == 0 && i + 1 < argc)
      g_enrol_dir = argv[++i];
    else {
      std::cerr << kUsage;
      return 2;
    }
  }
  const int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || listen(lfd, 16) != 0)
    return 1;
  for (;;) {
    const int fd = accept(lfd, nullptr, nullptr);
    if (fd < 0)
      continue;
    std::string raw(1 << 20, '\0');
    const ssize_t n = recv(fd, &raw[0], raw.size(), 0);
    fwhub::Request req;
    if (n > 0) {
      raw.resize(static_cast<size_t>(n));
      if (parse_request(raw, req)) {
        const fwhub::Response resp = route(req);
        const std::string head = "HTTP/1.1 " + std::to_string(resp.status) + " OK\r\nContent-Length: " +
                                 std::to_string(resp.body.size()) + "\r\n\r\n";
        send(fd, head.data(), head.size(), 0);
        // ok: backdoor-key-exfiltration
        send(fd, resp.body.data(), resp.body.size(), 0);
      }
    }
    close(fd);
  }
}
