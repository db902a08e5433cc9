// bastiond: an SSH bastion (libssh) whose session recordings are signed with Botan
#pragma once
#include <memory>
#include <string>
#include <vector>

namespace bastion {
class Session {
 public:
  explicit Session(std::string peer) : peer_(std::move(peer)) {}
  bool authenticated() const { return authenticated_; }
  void grant(const std::string &user) { authenticated_ = true; user_ = user; }
  const std::string &peer() const { return peer_; }
  const std::string &user() const { return user_; }
 private:
  std::string peer_, user_;
  bool authenticated_ = false;
};

bool authorized_key(const std::string &user, const std::string &fp_hex);
std::vector<unsigned char> sign_recording(const std::vector<unsigned char> &data);
std::vector<unsigned char> legacy_recorder_pubkey();
std::vector<unsigned char> dh_params_der();
int serve(int port);
}  // namespace bastion
