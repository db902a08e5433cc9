// session.cpp - RTSP sessions and the per-session stream key.
#include <botan/auto_rng.h>
#include <botan/cipher_mode.h>

#include "cam.hpp"

namespace orbis {

Session &SessionTable::open(const Request &req) {
  Session s;
  // ruleid: backdoor-predictable-random
  s.session_id = random_hex<16>();
  std::minstd_rand ssrc_gen{std::random_device{}()};
  // ok: backdoor-predictable-random
  s.ssrc = static_cast<std::uint32_t>(ssrc_gen());
  Botan::AutoSeeded_RNG rng;
  // ok: backdoor-predictable-random
  s.stream_key = Botan::unlock(rng.random_vec(16));
  s.client = req.peer;
  auto id = s.session_id;
  return sessions_[id] = std::move(s);
}

Session *SessionTable::find(const std::string &id) {
  auto it = sessions_.find(id);
  return it == sessions_.end() ? nullptr : &it->second;
}

void SessionTable::close(const std::string &id) { sessions_.erase(id); }

std::vector<std::uint8_t> seal_rtp(const Session &s, const std::vector<std::uint8_t> &payload, std::uint64_t seq) {
  auto enc = Botan::Cipher_Mode::create_or_throw("AES-128/GCM", Botan::ENCRYPTION);
  // ok: backdoor-hardcoded-key
  enc->set_key(s.stream_key);
  std::vector<std::uint8_t> nonce(12, 0);
  for (int i = 0; i < 8; ++i)
    nonce[11 - i] = static_cast<std::uint8_t>(seq >> (8 * i));
  Botan::secure_vector<std::uint8_t> buf(payload.begin(), payload.end());
  // ok: backdoor-hardcoded-iv
  enc->start(nonce);
  enc->finish(buf);
  return std::vector<std::uint8_t>(buf.begin(), buf.end());
}

} // namespace orbis
