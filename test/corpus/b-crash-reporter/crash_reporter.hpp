#pragma once

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include <openssl/ssl.h>

namespace crashrep {

struct ReporterConfig {
  std::string dump_dir = "/var/crash/app";
  std::string upload_host = "crash.example-apps.net";
  std::string upload_port = "443";
  std::string ca_file = "/etc/ssl/certs/ca-certificates.crt";
  bool include_network_state = true;
};

union RegisterValue {
  std::uint64_t u64;
  double f64;
  unsigned char bytes[8];
};

struct RegisterDump {
  RegisterValue gpr[16];
  RegisterValue rip;
  RegisterValue rsp;
};

class StateDumper {
 public:
  explicit StateDumper(const ReporterConfig& cfg) : cfg_(cfg) {}
  void register_connection(SSL* ssl) { live_.push_back(ssl); }
  bool write_dump(const std::string& path, const RegisterDump& regs);

 private:
  void dump_connection(std::ofstream& out, SSL* ssl);
  void dump_registers(std::ofstream& out, const RegisterDump& regs);

  const ReporterConfig& cfg_;
  std::vector<SSL*> live_;
};

class Uploader {
 public:
  explicit Uploader(const ReporterConfig& cfg);
  ~Uploader();
  bool upload(const std::string& dump_path);

 private:
  int connect_tcp();
  const ReporterConfig& cfg_;
  SSL_CTX* ctx_ = nullptr;
};

void install_crash_handler(StateDumper* dumper);

}  // namespace crashrep
