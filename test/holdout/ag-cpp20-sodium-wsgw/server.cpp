// The WebSocket endpoint: the first binary frame is the client's X25519 public key.
#include <libwebsockets.h>
#include <sodium.h>

#include <cstring>
#include <new>

#include "gateway.hpp"

namespace {
struct PerSession {
  wsgw::Channel *ch;
};

int cb_sensor(lws *wsi, lws_callback_reasons reason, void *user, void *in, size_t len) {
  auto *ps = static_cast<PerSession *>(user);
  switch (reason) {
  case LWS_CALLBACK_ESTABLISHED:
    ps->ch = new (std::nothrow) wsgw::Channel();
    break;
  case LWS_CALLBACK_RECEIVE: {
    if (!ps->ch) return -1;
    std::span<const unsigned char> data(static_cast<const unsigned char *>(in), len);
    if (!ps->ch->established) {
      if (!wsgw::channel_accept(*ps->ch, data)) return -1;
      unsigned char buf[LWS_PRE + 32];
      std::memcpy(buf + LWS_PRE, ps->ch->server_pk.data(), 32);
      lws_write(wsi, buf + LWS_PRE, 32, LWS_WRITE_BINARY);
      break;
    }
    wsgw::log_line("frame of " + std::to_string(len) + " bytes");
    break;
  }
  case LWS_CALLBACK_CLOSED:
    if (ps->ch) sodium_memzero(ps->ch, sizeof *ps->ch);
    delete ps->ch;
    ps->ch = nullptr;
    break;
  default:
    break;
  }
  return 0;
}

const lws_protocols kProtocols[] = {
    {"sensor-v2", cb_sensor, sizeof(PerSession), 4096, 0, nullptr, 0},
    {nullptr, nullptr, 0, 0, 0, nullptr, 0},
};
}  // namespace

int main() {
  if (sodium_init() < 0) return 1;
  lws_context_creation_info info{};
  info.port = 9443;
  info.protocols = kProtocols;
  lws_context *ctx = lws_create_context(&info);
  if (!ctx) return 1;
  while (lws_service(ctx, 0) >= 0) {
  }
  lws_context_destroy(ctx);
  return 0;
}
