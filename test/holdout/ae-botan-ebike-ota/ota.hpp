// ota.hpp - ota-signer: signs firmware manifests for a fleet of e-bikes, provisions
// their controllers, and keeps the fleet's bookkeeping.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <botan/auto_rng.h>
#include <botan/dl_group.h>
#include <botan/pk_keys.h>
#include <botan/secmem.h>

namespace ebike {

class Signer {
public:
  Signer(const std::string &key_path, const std::string &passphrase);
  std::vector<uint8_t> sign_v2(const std::vector<uint8_t> &manifest);
  std::vector<uint8_t> sign_v1(const std::vector<uint8_t> &manifest);
  std::unique_ptr<Botan::Private_Key> provision_controller(bool pre_2021_board);
  bool verify_v2(const std::vector<uint8_t> &manifest, const std::vector<uint8_t> &sig) const;

private:
  Botan::AutoSeeded_RNG rng_;
  std::unique_ptr<Botan::Private_Key> key_;
};

class KeyWrap {
public:
  KeyWrap();
  struct Wrapped {
    std::vector<uint8_t> for_vendor;
    std::vector<uint8_t> for_dealer;
  };
  Wrapped new_unlock_key(const std::string &dealer_pub_path);

private:
  Botan::AutoSeeded_RNG rng_;
  std::unique_ptr<Botan::Public_Key> vendor_;
};

std::vector<std::string> factory_pins(size_t count);

Botan::DL_Group group_for(int generation);

class TelemetryMac {
public:
  TelemetryMac();
  std::vector<uint8_t> tag(const std::vector<uint8_t> &frame);
  bool check(const std::vector<uint8_t> &frame, const uint8_t *tag, size_t len);
  bool check_legacy(const std::vector<uint8_t> &frame, const uint8_t *tag);

private:
  std::vector<uint8_t> key_;
};

void fleet_note_signature(const std::string &bike_id);
void fleet_note_login_failure(const std::string &user);
int run_gateway(const std::string &host, uint16_t port);

} // namespace ebike
