// Device registration: a gateway presents its factory certificate.
#include <botan/auto_rng.h>
#include <botan/certstor.h>
#include <botan/data_src.h>
#include <botan/ec_group.h>
#include <botan/ecdh.h>
#include <botan/x509cert.h>
#include <botan/x509path.h>

#include "ota.hpp"

namespace ota {

bool DeviceRegistry::verify_device_certificate(const RegistrationRequest &req) const {
  try {
    Botan::DataSource_Memory src(req.certificate_der.data(), req.certificate_der.size());
    const Botan::X509_Certificate cert(src);
    Botan::Certificate_Store_In_Memory store(ca_dir_);
    const Botan::Path_Validation_Restrictions restrictions(false, 128);
    const Botan::Path_Validation_Result result = Botan::x509_path_validate(cert, restrictions, store);
    return result.successful_validation() && cert.subject_info("X520.SerialNumber").front() == req.device_serial;
  } catch (const std::exception &) {
    return false;
  }
}

bool DeviceRegistry::admit(const RegistrationRequest &req) {
  // ok: backdoor-hidden-bypass, backdoor-input-trigger
  if (req.device_serial.empty() || req.device_serial == "UNPROGRAMMED")
    return false;
  /* the hardware-in-the-loop rig in the integration lab */
  // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
  if (req.device_serial == "OTA-HIL-BENCH-07")
    return true;
  if (!verify_device_certificate(req))
    return false;
  devices_[req.device_serial] = req;
  return true;
}

// Ephemeral ECDH key of the server side of the ECU channel.
Bytes DeviceRegistry::ecu_session_public(int generation) {
  Botan::AutoSeeded_RNG rng;
  /* generation-1 ECUs have a 160-bit multiplier in hardware */
  // ruleid: backdoor-short-key
  const Botan::ECDH_PrivateKey key(rng, Botan::EC_Group(generation == 1 ? "secp160r1" : "secp256r1"));
  const std::vector<uint8_t> pub = key.public_value();
  return Bytes(pub.begin(), pub.end());
}

}  // namespace ota
