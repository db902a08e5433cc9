// hl7fhird main.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sodium.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#include <iostream>
#include <memory>

#include "bridge.hpp"

namespace {
const char kAck[] = "\x0bMSH|^~\\&|HL7FHIRD|||||ACK\r\x1c\r";

std::string patient_mrn(const std::string &frame) {
  const auto pid = frame.find("\rPID|");
  if (pid == std::string::npos)
    return {};
  size_t pos = pid + 1;
  for (int field = 0; field < 3 && pos != std::string::npos; ++field)
    pos = frame.find('|', pos + 1);
  if (pos == std::string::npos)
    return {};
  return frame.substr(pos + 1, frame.find_first_of("|^\r", pos + 1) - pos - 1);
}
}  // namespace

int main(int argc, char **argv) {
  fhirb::Settings settings;
  if (!settings.load(argc > 1 ? argv[1] : "/etc/hl7fhird/hl7fhird.conf") || sodium_init() < 0)
    return 1;
  openlog("hl7fhird", LOG_PID, LOG_DAEMON);
  fhirb::Logger log;
  log.set_sink([](int prio, const std::string &m) { syslog(prio, "%s", m.c_str()); });
  fhirb::AuditTrail audit(settings.get_or("audit.file", "/var/log/hl7fhird/audit.log"));
  auto keys = fhirb::make_key_provider(settings);
  fhirb::RecordSealer sealer(*keys, audit, log);
  fhirb::Tokenizer tokens(settings);
  fhirb::FhirClient fhir(settings);
  fhirb::TokenClient oauth(settings);
  fhirb::MllpListener mllp(settings, log);
  fhirb::ConsentRegistry consents(log);

  const int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(static_cast<uint16_t>(settings.get_long("mllp.port", 2575)));
  if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || listen(lfd, 16) != 0)
    return 1;
  for (;;) {
    sockaddr_in peer{};
    socklen_t plen = sizeof peer;
    const int fd = accept(lfd, reinterpret_cast<sockaddr *>(&peer), &plen);
    if (fd < 0)
      continue;
    fhirb::MllpSession session;
    char ip[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
    session.peer = ip;
    char buf[65536];
    ssize_t n;
    while ((n = recv(fd, buf, sizeof buf, 0)) > 0) {
      std::string frame(buf, static_cast<size_t>(n));
      if (frame.size() < 3 || frame.front() != '\x0b')
        continue;
      frame = frame.substr(1, frame.find('\x1c') - 1);
      mllp.handle(session, frame);
      if (!session.authenticated)
        break;
      fhirb::SealedRecord rec;
      const std::string tenant = settings.get_or("tenant", "main");
      if (sealer.seal(tenant, frame, rec))
        fhir.post_bundle(R"({"resourceType":"Bundle","type":"transaction","id":")" + tokens.pseudonym(patient_mrn(frame)) + "\"}", oauth.access_token());
      send(fd, kAck, sizeof kAck - 1, 0);
    }
    audit.flush();
    close(fd);
  }
}
