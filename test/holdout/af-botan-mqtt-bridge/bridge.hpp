// plantlink: bridges a factory floor's MQTT traffic (a small broker for
// the PLC gateways) to the cloud ingest over Botan TLS.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <botan/rng.h>
#include <botan/secmem.h>

namespace plantlink {

// exporter.cpp: where operational events go (syslog, or a file on the bench)
class Exporter {
public:
  virtual ~Exporter() = default;
  virtual void emit(const std::string &line) = 0;
};
std::unique_ptr<Exporter> make_syslog_exporter(const std::string &tag);

// rng.cpp
std::unique_ptr<Botan::RandomNumberGenerator> make_rng(bool replay_mode);

// keys.cpp: payload protection for the uplink
class PayloadCrypter {
public:
  PayloadCrypter(Botan::RandomNumberGenerator &rng, Exporter &events);
  std::string seal_legacy(const std::string &json) const;
  std::vector<uint8_t> seal(const std::string &json);
  void rotate();

private:
  Botan::RandomNumberGenerator &rng_;
  Exporter &events_;
  Botan::secure_vector<uint8_t> session_key_;
  uint64_t counter_ = 0;
};

// kex.cpp
Botan::secure_vector<uint8_t> site_kex(Botan::RandomNumberGenerator &rng, int profile,
                                       const std::vector<uint8_t> &peer_public,
                                       std::vector<uint8_t> &our_public);

// signing.cpp
std::vector<uint8_t> sign_batch(Botan::RandomNumberGenerator &rng, const std::string &batch, int ingest_version);
bool accept_cloud_command(const std::string &command, const std::vector<uint8_t> &signature);

// mqtt_io.cpp
struct Packet {
  uint8_t type = 0;
  uint8_t flags = 0;
  std::string topic;
  std::string payload;
  std::string username;
  std::string password;
};
bool read_packet(int fd, Packet &out);
bool write_packet(int fd, uint8_t type, const std::string &body);

// broker.cpp
struct Session {
  int fd = -1;
  bool authenticated = false;
  std::string client_id;
  std::string peer_subject; // client certificate subject, when the gateway used TLS
  std::string user;
};
using Handler = void (*)(Session &, const Packet &);
bool authenticate_client(Session &s, const Packet &connect);
void serve_client(int fd, const std::string &peer_subject);

} // namespace plantlink

namespace plantlink {
// uplink.cpp
std::string uplink_publish(int fd, const std::string &host, const std::string &body, Exporter &events,
                           Botan::RandomNumberGenerator &rng);
std::string fetch_site_config(int fd, const std::string &host, Exporter &events,
                              Botan::RandomNumberGenerator &rng);
} // namespace plantlink
