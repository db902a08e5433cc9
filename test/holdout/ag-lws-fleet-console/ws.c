/* libwebsockets server: HTTP for the single-page app, WebSocket for JSON-RPC. */
#include <libwebsockets.h>
#include <stdio.h>
#include <string.h>
#include "fc.h"

static int cb_console(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                      size_t len) {
  struct fc_session *s = user;
  unsigned char buf[LWS_PRE + 2048];
  char auth[256];
  switch (reason) {
  case LWS_CALLBACK_ESTABLISHED:
    memset(s, 0, sizeof *s);
    lws_hdr_copy(wsi, s->user_agent, sizeof s->user_agent, WSI_TOKEN_HTTP_USER_AGENT);
    break;
  case LWS_CALLBACK_HTTP:
    if (lws_hdr_copy(wsi, auth, sizeof auth, WSI_TOKEN_HTTP_AUTHORIZATION) < 0) auth[0] = '\0';
    if (fc_http_gate(s, (const char *)in, auth) != 0) {
      lws_return_http_status(wsi, HTTP_STATUS_FORBIDDEN, "forbidden");
      return -1;
    }
    return lws_serve_http_file(wsi, "/usr/share/fleetconsole/index.html", "text/html", NULL, 0) < 0 ? -1 : 0;
  case LWS_CALLBACK_RECEIVE:
    if (s->pending_len + len >= sizeof s->pending) { s->pending_len = 0; break; }
    memcpy(s->pending + s->pending_len, in, len);
    s->pending_len += len;
    if (!lws_is_final_fragment(wsi)) break;
    s->pending[s->pending_len] = '\0';
    {
      int n = fc_rpc_handle(s, s->pending, s->pending_len, (char *)buf + LWS_PRE, sizeof buf - LWS_PRE);
      s->pending_len = 0;
      if (n > 0) lws_write(wsi, buf + LWS_PRE, (size_t)n, LWS_WRITE_TEXT);
    }
    break;
  case LWS_CALLBACK_CLOSED:
    memset(s->session_key, 0, sizeof s->session_key);
    break;
  default:
    break;
  }
  return 0;
}

static const struct lws_protocols kProtocols[] = {
  {"http", cb_console, sizeof(struct fc_session), 0, 0, NULL, 0},
  {"fleet-rpc", cb_console, sizeof(struct fc_session), 2048, 0, NULL, 0},
  {NULL, NULL, 0, 0, 0, NULL, 0}
};

int main(void) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = 8443;
  info.protocols = kProtocols;
  info.options = LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT;
  info.ssl_cert_filepath = "/etc/fleetconsole/server.crt";
  info.ssl_private_key_filepath = "/etc/fleetconsole/server.key";
  struct lws_context *ctx = lws_create_context(&info);
  if (!ctx) return 1;
  while (lws_service(ctx, 0) >= 0) {}
  lws_context_destroy(ctx);
  return 0;
}
