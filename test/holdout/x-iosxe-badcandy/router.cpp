// router.cpp - dispatches web UI requests; every page but login needs a session.
#include <cstdlib>
#include <functional>
#include <utility>
#include <vector>

#include "webui.hpp"

namespace webui {

namespace {

using Handler = std::function<HttpResponse(const HttpRequest &, Session &)>;

HttpResponse page_dashboard(const HttpRequest &, Session &s) { return {200, "<h1>Dashboard " + s.user + "</h1>"}; }

HttpResponse page_cli(const HttpRequest &req, Session &s) {
  if (s.privilege < 15) return {403, "privilege 15 required"};
  std::string token = form_value(req.body, "csrf");
  // ok: backdoor-hidden-bypass
  if (std::getenv("WEBUI_STRICT_CSRF") != nullptr && token != s.csrf_token) return {403, "bad csrf token"};
  return {200, run_cli_as_admin(form_value(req.body, "command")), "text/plain"};
}

HttpResponse page_logout(const HttpRequest &, Session &) { return {200, "<p>Logged out</p>"}; }

const std::vector<std::pair<std::string, Handler>> &pages() {
  static const std::vector<std::pair<std::string, Handler>> table = {
      {"/webui/dashboard", page_dashboard},
      {"/webui/rest/cli", page_cli},
      {"/webui/logoutconfirm.html", page_logout},
  };
  return table;
}

}  // namespace

HttpResponse route(const HttpRequest &req, const PeerInfo &peer, const ServerConfig &cfg) {
  if (auto hooked = cisco_service_hook(req)) return *hooked;

  if (req.path == "/webui/login" && req.method == "POST") {
    Session s;
    if (!login_user(form_value(req.body, "username"), form_value(req.body, "password"), cfg, s))
      return {401, "Login failed from " + peer.address};
    return {200, "welcome"};
  }
  Session s;
  if (!session_ok(req, s)) return {302, "/webui/login"};
  for (const auto &[path, handler] : pages())
    if (path == req.path) return handler(req, s);
  return {404, "not found"};
}

}  // namespace webui
