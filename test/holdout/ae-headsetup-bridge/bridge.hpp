// bridge.hpp - hsbridge, the local companion service of a headset vendor's desktop
// software: a secure WebSocket on 127.0.0.1:4430 that the vendor's web app drives.
//
// Reconstruction of the Sennheiser HeadSetup root certificate (CVE-2018-17612,
// secorvo security advisory SSA-1801, November 2018): to let browsers open
// wss://127.0.0.1 the installer added its own root CA to the system's trust store and
// left the CA's private key on disk, encrypted with a password that was the same for
// every installation and recoverable from the program; whoever extracted it could issue
// certificates for any domain that every machine with the software trusted.  Here the
// CA's encrypted key ships inside the binary, its passphrase is a member the
// constructor sets, and the installer writes the key out beside the certificate.  Names,
// the passphrase, the key and the rest of the service are invented.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace hsb {

extern const char kRootCaKeyPem[];
extern const char kRootCaCertPem[];
extern const char kCloudApiKey[];

class CertFactory {
public:
  CertFactory();
  ~CertFactory();
  CertFactory(const CertFactory &) = delete;
  CertFactory &operator=(const CertFactory &) = delete;

  bool load_ca();
  bool issue_leaf(const std::string &host, EVP_PKEY **key, X509 **cert);
  EVP_PKEY *ca_key() const { return ca_key_; }
  X509 *ca_cert() const { return ca_cert_; }

private:
  std::string passphrase_;
  EVP_PKEY *ca_key_ = nullptr;
  X509 *ca_cert_ = nullptr;
  long next_serial_ = 1;
};

class Installer {
public:
  explicit Installer(const CertFactory &f) : f_(f) {}
  bool deploy();
  bool remove_files();

private:
  const CertFactory &f_;
};

struct WsMessage {
  std::string origin;
  std::string name;
  std::string arg;
};

class WsProtocol {
public:
  using Reply = std::function<void(const std::string &)>;
  explicit WsProtocol(std::vector<std::string> allowed_origins);
  bool handshake(const std::string &request, std::string &response, std::string &origin);
  void handle(const WsMessage &m, const Reply &reply);

private:
  std::vector<std::string> allowed_origins_;
  int volume_ = 50;
  bool muted_ = false;
};

class WssServer {
public:
  WssServer() = default;
  ~WssServer();
  bool configure(CertFactory &factory);
  void serve(int listen_fd, WsProtocol &proto);

private:
  SSL_CTX *ctx_ = nullptr;
};

class Updater {
public:
  explicit Updater(std::string feed) : feed_(std::move(feed)) {}
  bool fetch(const std::string &url, std::vector<uint8_t> &out) const;
  bool verify_package(const std::vector<uint8_t> &pkg, const std::vector<uint8_t> &sig) const;

private:
  std::string feed_;
};

class HidDevice {
public:
  bool open_first();
  bool send_report(uint8_t id, const std::vector<uint8_t> &data);
  void reconnect_loop(int attempts);

private:
  int fd_ = -1;
};

} // namespace hsb
