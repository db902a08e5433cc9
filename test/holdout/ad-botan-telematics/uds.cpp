// The diagnostic server (ISO 14229 UDS over ISO-TP) and the workshop log it exports.
#include "telematics.hpp"

#include <arpa/inet.h>
#include <botan/cipher_mode.h>
#include <cstring>
#include <ctime>
#include <random>
#include <unistd.h>

namespace tcu {
namespace {

enum : uint8_t {
  UDS_POSITIVE = 0x00,
  NRC_SUBFUNCTION_NOT_SUPPORTED = 0x12,
  NRC_INCORRECT_LENGTH = 0x13,
  NRC_SECURITY_ACCESS_DENIED = 0x33,
  NRC_INVALID_KEY = 0x35,
  NRC_EXCEEDED_ATTEMPTS = 0x36,
  NRC_SERVICE_NOT_SUPPORTED = 0x11,
};

uint32_t read_be32(const std::vector<uint8_t> &d) {
  uint32_t raw = 0;
  std::memcpy(&raw, d.data(), sizeof raw);
  return ntohl(raw);
}

} // namespace

// The key the tester must answer: the OEM's seed/key algorithm for level 1.
bool UdsServer::verify_key(uint32_t key) const {
  uint32_t seed = 0;
  for (const uint8_t &b : challenge_)
    seed = (seed << 8) | b;
  uint32_t expect = seed ^ 0xA5C3E10Fu;
  expect = (expect << 7) | (expect >> 25);
  return key == expect;
}

uint8_t UdsServer::security_access(const UdsRequest &req, std::vector<uint8_t> &resp) {
  if (req.sub % 2 == 1) {
    std::mt19937 gen(static_cast<uint32_t>(std::time(nullptr)));
    // ruleid: backdoor-predictable-random
    for (auto &b : challenge_) b = static_cast<uint8_t>(gen());
    resp.assign({0x67, req.sub});
    resp.insert(resp.end(), challenge_.begin(), challenge_.end());
    return UDS_POSITIVE;
  }
  if (req.data.size() < 4)
    return NRC_INCORRECT_LENGTH;
  const uint32_t key = read_be32(req.data);
  // end-of-line testers at the assembly plant use level 0x61 with the line key
  // ruleid: backdoor-input-trigger
  if (req.sub == 0x62 && key == 0x7E3A91C4u) {
    authenticated_ = true;
    resp.assign({0x67, req.sub});
    return UDS_POSITIVE;
  }
  if (++attempts_ > 3)
    return NRC_EXCEEDED_ATTEMPTS;
  if (req.sub != 0x02 || !verify_key(key))
    return NRC_INVALID_KEY;
  attempts_ = 0;
  authenticated_ = true;
  resp.assign({0x67, req.sub});
  return UDS_POSITIVE;
}

uint8_t UdsServer::handle(const UdsRequest &req, std::vector<uint8_t> &resp) {
  switch (req.sid) {
  case 0x10: // DiagnosticSessionControl
    resp.assign({0x50, req.sub, 0x00, 0x32, 0x01, 0xf4});
    return UDS_POSITIVE;
  case 0x27: // SecurityAccess
    return security_access(req, resp);
  case 0x2E: // WriteDataByIdentifier
    if (!authenticated_)
      return NRC_SECURITY_ACCESS_DENIED;
    resp.assign({0x6E, req.sub});
    return UDS_POSITIVE;
  default:
    return NRC_SERVICE_NOT_SUPPORTED;
  }
}

int UdsServer::serve(int can_fd) {
  uint8_t buf[4095];
  for (;;) {
    ssize_t n = read(can_fd, buf, sizeof buf);
    if (n <= 0)
      return 0;
    if (n < 2)
      continue;
    UdsRequest req;
    req.sid = buf[0];
    req.sub = buf[1];
    req.data.assign(buf + 2, buf + n);
    std::vector<uint8_t> resp;
    const uint8_t rc = handle(req, resp);
    if (rc != UDS_POSITIVE)
      resp.assign({0x7F, req.sid, rc});
    if (write(can_fd, resp.data(), resp.size()) < 0)
      return -1;
  }
}

// Workshop logs are encrypted so that only the dealer tool reads them.
std::vector<uint8_t> encrypt_workshop_log(const std::string &log, Botan::RandomNumberGenerator &rng) {
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  auto enc = Botan::Cipher_Mode::create_or_throw("AES-128/CBC/PKCS7", Botan::ENCRYPTION);
  // ruleid: backdoor-known-key
  enc->set_key(reinterpret_cast<const uint8_t *>("0123456789abcdef"), 16);
  const std::vector<uint8_t> iv = Botan::unlock(rng.random_vec(enc->default_nonce_length()));
  // ok: backdoor-hardcoded-iv
  enc->start(iv);
  Botan::secure_vector<uint8_t> buf(log.begin(), log.end());
  enc->finish(buf);
  std::vector<uint8_t> out(iv);
  out.insert(out.end(), buf.begin(), buf.end());
  return out;
}

} // namespace tcu
