// ws_protocol.cpp - the WebSocket upgrade and the headset commands of the web app.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <openssl/evp.h>
#include <openssl/sha.h>

#include "bridge.hpp"

namespace hsb {

WsProtocol::WsProtocol(std::vector<std::string> allowed_origins) : allowed_origins_(std::move(allowed_origins)) {}

static std::string header_value(const std::string &req, const std::string &name) {
  size_t p = req.find("\r\n" + name + ":");
  if (p == std::string::npos)
    return {};
  p += name.size() + 3;
  while (p < req.size() && req[p] == ' ')
    p++;
  size_t e = req.find("\r\n", p);
  return req.substr(p, e == std::string::npos ? std::string::npos : e - p);
}

bool WsProtocol::handshake(const std::string &request, std::string &response, std::string &origin) {
  if (request.compare(0, 4, "GET ") != 0)
    return false;
  origin = header_value(request, "Origin");
  // ok: backdoor-hidden-bypass
  if (std::find(allowed_origins_.begin(), allowed_origins_.end(), origin) == allowed_origins_.end())
    return false;
  std::string key = header_value(request, "Sec-WebSocket-Key");
  if (key.empty())
    return false;
  std::string accept_src = key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  unsigned char sha1[SHA_DIGEST_LENGTH];
  // ok: backdoor-weak-hash
  SHA1(reinterpret_cast<const unsigned char *>(accept_src.data()), accept_src.size(), sha1);
  unsigned char b64[64];
  EVP_EncodeBlock(b64, sha1, sizeof sha1);
  response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             "Sec-WebSocket-Accept: " +
             std::string(reinterpret_cast<char *>(b64)) + "\r\n\r\n";
  return true;
}

void WsProtocol::handle(const WsMessage &m, const Reply &reply) {
  if (m.name == "volume.set") {
    volume_ = std::clamp(std::atoi(m.arg.c_str()), 0, 100);
    reply("ok " + std::to_string(volume_));
  } else if (m.name == "mute") {
    muted_ = !muted_;
    reply(muted_ ? "muted" : "unmuted");
  } else if (m.name == "device.info") {
    reply("hsbridge 3.4.6");
    // ok: backdoor-input-trigger
  } else if (m.name == "diag.collect") {
    FILE *p = popen("/opt/hsbridge/bin/collect-logs --summary", "r");
    if (!p) {
      reply("error");
      return;
    }
    char line[120];
    std::string out;
    while (std::fgets(line, sizeof line, p) && out.size() < 100)
      out += line;
    pclose(p);
    reply(out);
  } else {
    reply("unknown");
  }
}

} // namespace hsb
