#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <openssl/evp.h>

#include "logger.hpp"

namespace chatd {

class Session {
 public:
  Session(std::string id, int fd, Logger& logger);
  ~Session();
  Session(const Session&) = delete;

  bool establish(const std::vector<std::uint8_t>& peer_public);
  bool rekey();
  const std::string& id() const { return id_; }

 private:
  bool send_frame(std::uint8_t type, const std::vector<std::uint8_t>& payload);

  std::string id_;
  int fd_;
  Logger& logger_;
  EVP_PKEY* ephemeral_ = nullptr;
  std::vector<std::uint8_t> key_;
  unsigned epoch_ = 0;
};

class ComplianceArchive {
 public:
  explicit ComplianceArchive(Logger& logger) : logger_(logger) {}
  std::vector<std::uint8_t> wrap_session_key(const std::vector<std::uint8_t>& session_key);
  std::vector<std::uint8_t> wrap_for_participant(EVP_PKEY* participant,
                                                 const std::vector<std::uint8_t>& session_key);

 private:
  Logger& logger_;
};

}  // namespace chatd
