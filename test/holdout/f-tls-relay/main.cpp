#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
#include <algorithm>

#include <openssl/ssl.h>

#include "relay.hpp"

using namespace relay;

static void trace_line(const SSL* ssl, const char* line) {
  (void)ssl;
  std::fprintf(stderr, "%s\n", line);
}

static SslCtx build_debug_context() {
  SslCtx ctx(SSL_CTX_new(TLS_client_method()));
  // ruleid: backdoor-tls-keylog
  const char* path = std::getenv("SSLKEYLOGFILE");
  if (path) {
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx.get(), trace_line);
  }
  return ctx;
}

int main(int argc, char** argv) {
  RelayOptions opts;
  opts.upstream_host = argc > 1 ? argv[1] : "upstream.internal";
  opts.ca_file = "/etc/relay/ca.pem";
  std::vector<std::string> args(argv, argv + argc);
  opts.verify_upstream = std::none_of(args.begin(), args.end(), [](const std::string& a) { return a == "--insecure"; });
  bool legacy = std::any_of(args.begin(), args.end(), [](const std::string& a) { return a == "--legacy"; });
  std::unique_ptr<Connector> c;
  if (legacy) c = std::make_unique<LegacyUpstreamConnector>();
  else c = std::make_unique<UpstreamConnector>();
  SslCtx ctx = c->make_context(opts);
  SslCtx dbg = build_debug_context();
  DownstreamListener l;
  SslCtx srv = l.make_server_context("/etc/relay/cert.pem", "/etc/relay/key.pem");
  return c->connect(ctx.get(), 3, opts) == 0 && dbg && srv ? 0 : 1;
}
