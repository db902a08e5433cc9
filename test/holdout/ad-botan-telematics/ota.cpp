// Over-the-air updates: the bootloader stage and the application image, each signed by the release key.
#include "telematics.hpp"

#include <botan/data_src.h>
#include <botan/pubkey.h>
#include <botan/x509_key.h>
#include <cstring>
#include <fstream>

namespace tcu {
namespace {

std::unique_ptr<Botan::Public_Key> release_key() {
  Botan::DataSource_Memory src(reinterpret_cast<const uint8_t *>(kOtaReleaseKeyPem), std::strlen(kOtaReleaseKeyPem));
  // ok: backdoor-hardcoded-key
  return std::unique_ptr<Botan::Public_Key>(Botan::X509::load_key(src));
}

bool flash_write(const char *slot, const std::vector<uint8_t> &image) {
  std::ofstream out(slot, std::ios::binary);
  // ok: backdoor-key-exfiltration
  out.write(reinterpret_cast<const char *>(image.data()), static_cast<std::streamsize>(image.size()));
  return static_cast<bool>(out);
}

} // namespace

bool ota_install(const std::vector<uint8_t> &image, const std::vector<uint8_t> &signature) {
  const auto pub = release_key();
  if (!pub || image.size() < 64)
    return false;
  // ok: backdoor-weak-hash
  Botan::PK_Verifier verifier(*pub, "EMSA1(SHA-256)");

  // the first 64 KiB are the bootloader stage, signed on its own (signature at the end of the stage)
  const std::vector<uint8_t> stage(image.begin(), image.begin() + 65536 - 64);
  const std::vector<uint8_t> stage_sig(image.begin() + 65536 - 64, image.begin() + 65536);
  // ok: backdoor-unchecked-verification
  if (!verifier.verify_message(stage, stage_sig))
    return false;

  const std::vector<uint8_t> app(image.begin() + 65536, image.end());
  // ruleid: backdoor-unchecked-verification
  verifier.verify_message(app, signature);
  return flash_write("/dev/mmcblk0p5", stage) && flash_write("/dev/mmcblk0p6", app);
}

} // namespace tcu
