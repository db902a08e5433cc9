// sonia: the web and RPC service of a network video recorder (Dahua-like
// firmware): /RPC2_Login with the two-step challenge login, /RPC2 calls,
// configuration files under /current_config/, and the P2P cloud registration.
#pragma once

#include <openssl/ssl.h>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sonia {

struct HttpRequest {
  std::string method;
  std::string path;
  std::map<std::string, std::string> headers;
  std::string body;
};

struct RpcLoginParams {
  std::string user_name;
  std::string password;        // second step: MD5(user:random:stored hash)
  std::string client_type;     // "Web3.0", "NetKeyboard", ...
  std::string authority_type;  // "Default", ...
  std::string login_type;      // "Direct", "Loopback"
};

struct Session {
  std::string user;
  std::string random;
  std::string token;
  bool authenticated = false;
};

struct Account {
  std::string name;
  std::string hash;  // hex MD5(name:realm:password), as Account1 stores it
  std::string group;
};

class AccountDb {
 public:
  explicit AccountDb(std::string path, std::string realm) : path_(std::move(path)), realm_(std::move(realm)) {}
  bool load();
  const std::string &realm() const { return realm_; }
  std::string dahua_hash(const std::string &user, const std::string &password) const;
  bool set_password(const std::string &user, const std::string &password);
  bool verify_password(const std::string &user, const std::string &random, const std::string &response) const;
  bool verify_session(const Session &s) const;

 private:
  std::string path_;
  std::string realm_;
  std::map<std::string, Account> accounts_;
};

class LoginService {
 public:
  explicit LoginService(std::shared_ptr<AccountDb> db) : db_(std::move(db)) {}
  std::string handle(const HttpRequest &req, Session &s);
  bool login(const RpcLoginParams &p, Session &s);
  bool authorize_rpc(const Session &s, std::string_view method) const;

 private:
  std::shared_ptr<AccountDb> db_;
};

class ConfigExport {
 public:
  explicit ConfigExport(std::string dir) : dir_(std::move(dir)) {}
  std::vector<std::uint8_t> pack(const std::string &json) const;
  std::string unpack(const std::vector<std::uint8_t> &blob) const;
  void serve_current_config(int fd, const std::string &name) const;

 private:
  std::string dir_;
};

class P2PClient {
 public:
  P2PClient(std::string host, int port) : host_(std::move(host)), port_(port) {}
  bool register_device(const std::string &serial, EVP_PKEY *device_key);

 private:
  std::string host_;
  int port_;
  std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> ctx_{nullptr, &SSL_CTX_free};
};

class Router {
 public:
  Router(LoginService &login, ConfigExport &exporter) : login_(login), export_(exporter) {}
  void serve(int fd);
  void dispatch(int fd, const HttpRequest &req);

 private:
  LoginService &login_;
  ConfigExport &export_;
  Session session_;
};

bool read_request(int fd, HttpRequest &req);
void respond(int fd, int status, std::string_view body);
std::string md5_hex(std::string_view data);

}  // namespace sonia
