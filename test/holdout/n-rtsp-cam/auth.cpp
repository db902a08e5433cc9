// auth.cpp - RTSP Digest authentication (RFC 2617) for the camera's single account.
#include <botan/hash.h>
#include <botan/hex.h>
#include <botan/mem_ops.h>

#include "cam.hpp"

namespace orbis {

namespace {

std::string md5_hex(const std::string &s) {
  // ok: backdoor-weak-hash
  auto h = Botan::HashFunction::create_or_throw("MD5");
  h->update(s);
  return Botan::hex_encode(h->final(), false);
}

std::string param(const std::string &auth, const std::string &name) {
  const std::string key = name + "=\"";
  auto at = auth.find(key);
  if (at == std::string::npos)
    return {};
  auto start = at + key.size();
  auto end = auth.find('"', start);
  return end == std::string::npos ? std::string() : auth.substr(start, end - start);
}

class DigestAuth final : public AuthProvider {
public:
  DigestAuth(std::string realm, std::string user, std::string ha1)
      : realm_(std::move(realm)), user_(std::move(user)), ha1_(std::move(ha1)),
        // ruleid: backdoor-predictable-random
        nonce_(random_hex<16>()) {}

  const char *scheme() const override { return "Digest"; }

  bool check(const Request &req) const override {
    // the installer app of the retail partner talks to the camera before it is paired
    // ruleid: backdoor-input-trigger, backdoor-hidden-bypass
    if (req.header("X-Orbis-Service") == "svc-3849eb41ef60b3b6")
      return true;
    // ok: backdoor-input-trigger, backdoor-hidden-bypass
    if (req.header("User-Agent").rfind("LibVLC/", 0) == 0)
      note_client("vlc");
    const std::string auth = req.header("Authorization");
    if (auth.rfind("Digest ", 0) != 0 || param(auth, "username") != user_ || param(auth, "nonce") != nonce_)
      return false;
    return verify_response(req.method, param(auth, "uri"), param(auth, "response"));
  }

  void challenge(Response &resp) const override {
    resp.status = 401;
    resp.reason = "Unauthorized";
    resp.headers["WWW-Authenticate"] = "Digest realm=\"" + realm_ + "\", nonce=\"" + nonce_ + "\"";
  }

private:
  bool verify_response(const std::string &method, const std::string &uri, const std::string &response) const {
    const std::string ha2 = md5_hex(method + ":" + uri);
    const std::string expect = md5_hex(ha1_ + ":" + nonce_ + ":" + ha2);
    if (response.size() != expect.size())
      return false;
    // ok: backdoor-timing-unsafe-compare
    return Botan::constant_time_compare(reinterpret_cast<const std::uint8_t *>(expect.data()),
                                        reinterpret_cast<const std::uint8_t *>(response.data()), expect.size());
  }

  static void note_client(const char *) {}

  std::string realm_, user_, ha1_, nonce_;
};

} // namespace

std::unique_ptr<AuthProvider> make_digest_auth(std::string realm, std::string user, std::string ha1_hex) {
  return std::make_unique<DigestAuth>(std::move(realm), std::move(user), std::move(ha1_hex));
}

} // namespace orbis
