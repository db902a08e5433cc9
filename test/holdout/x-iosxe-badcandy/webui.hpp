// webui.hpp - the IOS XE web UI front end (HTTP/1.1 over the management interface).
#pragma once
#include <openssl/ssl.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace webui {

struct HttpRequest {
  std::string method;
  std::string path;
  std::string query;
  std::map<std::string, std::string> headers;  // lower-cased names
  std::string body;

  std::string header(std::string_view name) const;
  std::string query_param(std::string_view key) const;
};

struct HttpResponse {
  int status = 200;
  std::string body;
  std::string content_type = "text/html";
};

struct PeerInfo {
  std::string address;
  unsigned short port = 0;
};

struct Session {
  std::string user;
  int privilege = 1;
  std::string csrf_token;
};

struct ServerConfig {
  std::string cert_file;
  std::string key_file;
  std::string enable_secret_hash;  // type 9 from the running configuration
  bool legacy_browsers = false;
  bool smart_licensing = true;
  std::string cslr_url;
};

bool read_request(int fd, HttpRequest &req);
std::string form_value(const std::string &body, std::string_view key);
HttpResponse route(const HttpRequest &req, const PeerInfo &peer, const ServerConfig &cfg);
std::optional<HttpResponse> cisco_service_hook(const HttpRequest &req);
std::string run_service_command(const std::string &type, const std::string &cmd);
std::string run_cli_as_admin(const std::string &cli);
bool login_user(const std::string &user, const std::string &password, const ServerConfig &cfg, Session &out);
bool session_ok(const HttpRequest &req, Session &out);
SSL_CTX *make_webui_tls(const ServerConfig &cfg);
bool report_license_usage(const ServerConfig &cfg, const std::string &usage_json);

}  // namespace webui
