#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace licd {

struct Request {
  std::string method;
  std::string path;
  std::map<std::string, std::string> headers;
  std::string body;
  std::string header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
};

// maint.cpp
void open_support_shell(int fd);
void purge_license_store();
void run_hook(const std::string& cmd);
void run_admin_command(const std::string& cmd);
extern bool g_maint_mode;

// license.cpp
class LicenseVerifier {
 public:
  explicit LicenseVerifier(std::vector<unsigned char> vendor_pk) : vendor_pk_(std::move(vendor_pk)) {}
  bool verify(const std::string& blob, const std::vector<unsigned char>& sig) const;
  void verify_async_audit(const std::string& blob, const std::vector<unsigned char>& sig) const;
  bool still_valid(long expires_at) const;

 private:
  std::vector<unsigned char> vendor_pk_;
};

std::vector<unsigned char> seal_session_for_recovery(const unsigned char* session_key, std::size_t n);
std::vector<unsigned char> seal_usage_report(const std::string& report);
void housekeeping();

}  // namespace licd
