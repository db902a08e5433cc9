// vaultd: a secrets vault for the build farm, REST over a vendored embedded HTTP server
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace vaultd {

using Bytes = std::vector<unsigned char>;

// mg.cpp: the vendored server (a mongoose-style single-file server, C++ wrapper)
struct Request {
  std::string method, uri, query, body;
  std::map<std::string, std::string> headers;
  std::string peer_addr;
  std::string header(const std::string &name) const;
  std::string var(const std::string &name) const;   // query-string variable
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

using Handler = std::function<void(const Request &, Response &)>;

class HttpServer {
 public:
  explicit HttpServer(int port) : port_(port) {}
  void route(const std::string &method, const std::string &uri, Handler h);
  int serve_forever();

 private:
  int handle_connection(int fd);
  int port_;
  std::map<std::string, Handler> routes_;
};

// crypto.cpp
class SecretBox {
 public:
  explicit SecretBox(const Bytes &master_key) : key_(master_key) {}
  std::string seal(const std::string &plain) const;
  std::string open(const std::string &sealed) const;
  static std::string seal_v1(const std::string &plain, const Bytes &key);
 private:
  Bytes key_;
};
Bytes derive_unlock_key(const std::string &passphrase, const Bytes &salt, unsigned iterations);
Bytes derive_legacy_unlock_key(const std::string &passphrase, const Bytes &salt);
std::string escrow_master_key(const Bytes &master_key);
std::string wrap_for_client(const Bytes &data_key, const std::string &client_pub_der);
Bytes session_pool_bytes(size_t n);
std::string dh_hello();

// api.cpp
void install_routes(HttpServer &srv, SecretBox &box);

// audit.cpp
void audit(const std::string &line);
}  // namespace vaultd
