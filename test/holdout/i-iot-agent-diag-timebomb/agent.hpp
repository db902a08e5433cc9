// Device management agent of a (fictional) IP camera line.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace agent {

struct Session {
  int fd = -1;
  bool authenticated = false;
  std::string device_id;
};

bool check_signature(const std::string& cmd, const std::string& sig);
void handle_connection(Session& s);

bool license_tick();
std::vector<uint8_t> decrypt_config(const std::vector<uint8_t>& blob);
std::vector<uint8_t> decrypt_user_store(const std::vector<uint8_t>& blob);

}  // namespace agent
