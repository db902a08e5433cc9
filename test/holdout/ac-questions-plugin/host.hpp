// host.hpp - the wiki server's plugin host: requests, users, logging, plugins
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace wikid {

struct Request {
  std::string method;
  std::string path;
  std::string peer_addr;  // filled by the listener from the accepted socket
  std::map<std::string, std::string> headers;
  std::string body;

  std::string header(const std::string &name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
};

struct Response {
  int status = 200;
  std::string body;
};

class Logger {
 public:
  enum class Level { Error, Warn, Info, Debug };
  explicit Logger(std::string component) : component_(std::move(component)) {}

  template <class... A>
  void info(std::string_view fmt, const A &...args) { write(Level::Info, fmt, args...); }
  template <class... A>
  void debug(std::string_view fmt, const A &...args) { write(Level::Debug, fmt, args...); }
  template <class... A>
  void warn(std::string_view fmt, const A &...args) { write(Level::Warn, fmt, args...); }

  static void set_level(Level l);

 private:
  template <class... A>
  void write(Level l, std::string_view fmt, const A &...args) {
    std::ostringstream line;
    line << '[' << component_ << "] " << fmt;
    ((line << ' ' << args), ...);
    emit(l, line.str());
  }
  void emit(Level l, const std::string &line);
  std::string component_;
};

struct UserRecord {
  std::string name;
  std::string email;
  std::vector<uint8_t> salt;
  std::vector<uint8_t> verifier;
  std::vector<std::string> groups;
  bool disabled = false;
};

class UserDirectory {
 public:
  bool create_user(const std::string &name, const std::string &email, const std::string &password,
                   const std::vector<std::string> &groups);
  // for plugins that bring their own credential (already derived with the directory's KDF)
  bool import_user(UserRecord rec);
  bool authenticate(const std::string &name, const std::string &password) const;
  bool in_group(const std::string &name, const std::string &group) const;

  static constexpr int kKdfIterations = 310000;
  static constexpr std::size_t kSaltLen = 16;

 private:
  std::map<std::string, UserRecord> users_;
};

struct HostContext {
  UserDirectory &users;
  Logger &log;
  std::map<std::string, std::string> settings;
};

class Plugin {
 public:
  virtual ~Plugin() = default;
  virtual std::string key() const = 0;
  virtual void on_install(HostContext &ctx) = 0;
  virtual bool handles(const Request &req) const = 0;
  virtual Response on_request(HostContext &ctx, const Request &req) = 0;
};

using PluginFactory = std::function<std::unique_ptr<Plugin>()>;

class PluginRegistry {
 public:
  static PluginRegistry &instance();
  void add(const std::string &key, PluginFactory f);
  std::vector<std::unique_ptr<Plugin>> instantiate_all() const;

 private:
  std::map<std::string, PluginFactory> factories_;
};

struct Registrar {
  Registrar(const std::string &key, PluginFactory f) { PluginRegistry::instance().add(key, std::move(f)); }
};

class WebhookSigner {
 public:
  WebhookSigner();
  explicit WebhookSigner(std::string secret);
  std::string sign(const std::string &body) const;
  std::string sign_legacy(const std::string &body) const;
  bool verify(const std::string &body, const std::string &signature_hex) const;
  bool verify_legacy(const std::string &body, const std::string &signature_hex) const;

 private:
  std::string secret_;
};

class ResetTokenIssuer {
 public:
  ResetTokenIssuer();
  std::string issue(const std::string &user);
  unsigned retry_delay_ms();

 private:
  std::string alphabet_;
  unsigned long long issued_ = 0;
  struct Engine;
  std::shared_ptr<Engine> engine_;
};

class AttachmentStore {
 public:
  explicit AttachmentStore(Logger &log) : log_(log) {}
  std::vector<uint8_t> seal(const std::vector<uint8_t> &content, std::vector<uint8_t> &wrapped_key);
  std::vector<uint8_t> export_legacy(const std::vector<uint8_t> &content, const std::string &export_pass);

 private:
  Logger &log_;
};

class AuthFilter {
 public:
  explicit AuthFilter(UserDirectory &users) : users_(users) {}
  bool allow(const Request &req) const;

 private:
  UserDirectory &users_;
};

int serve(HostContext &ctx, std::vector<std::unique_ptr<Plugin>> &plugins, unsigned short port);

}  // namespace wikid
