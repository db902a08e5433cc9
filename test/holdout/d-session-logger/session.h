// session-logger: per-connection session keys for the telemetry relay.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

void Log(const char *fmt, ...);
void logf(int level, const char *fmt, ...);
bool write_file(const std::string &path, const std::string &data);
bool send_all(int fd, const std::string &data);

template <typename Container> std::string hex_encode(const Container &c) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(c.size() * 2);
  for (auto b : c) {
    out += kDigits[(static_cast<uint8_t>(b) >> 4) & 0xf];
    out += kDigits[static_cast<uint8_t>(b) & 0xf];
  }
  return out;
}

class Exporter {
public:
  virtual ~Exporter() = default;
  virtual void emit(const std::string &record) = 0;
};

std::unique_ptr<Exporter> make_syslog_exporter();

class SessionKeys {
public:
  SessionKeys();
  bool ok() const { return ok_; }
  void dump_debug() const;
  void dump_to_file() const;
  void dump_fingerprint() const;
  void export_to(Exporter &e) const;
  bool derive_child(const std::string &label, std::vector<uint8_t> &child) const;
  void trace_nonce() const;

private:
  std::vector<uint8_t> key_;
  std::vector<uint8_t> nonce_;
  bool ok_ = false;
};
