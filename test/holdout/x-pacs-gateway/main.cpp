// main.cpp - pacsgwd: DICOM TLS listener on 2762, forwards studies to the archive.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <iostream>

#include "pacs.hpp"

int main(int argc, char **argv) {
  pacs::GatewayConfig cfg;
  cfg.server_cert = "/etc/pacs/server.pem";
  cfg.server_key = "/etc/pacs/server.key";
  cfg.client_ca = "/etc/pacs/modalities-ca.pem";
  cfg.archive_url = argc > 1 ? argv[1] : "https://archive.example-health.net";
  cfg.kms_key_file = "/run/kms/archive.key";
  cfg.pseudonym_key_file = "/etc/pacs/pseudonym.key";
  SSL_CTX *scp = pacs::make_scp_context(cfg);
  if (scp == nullptr) {
    std::cerr << "pacsgwd: TLS setup failed\n";
    return 1;
  }
  pacs::ArchiveClient archive(cfg);
  pacs::Pseudonymizer pseud(cfg);
  std::cout << "example pseudonym: " << pseud.pseudonym("PAT-0001") << "\n";

  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(2762);
  if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || listen(lfd, 8) != 0) return 1;
  for (;;) {
    int fd = accept(lfd, nullptr, nullptr);
    if (fd < 0) continue;
    SSL *ssl = SSL_new(scp);
    SSL_set_fd(ssl, fd);
    if (SSL_accept(ssl) == 1 && pacs::association_allowed(ssl, "MODALITY1")) {
      pacs::Bytes study, sealed;
      if (archive.encrypt_study(study, sealed)) archive.upload("1.2.840.113619.2.1", sealed);
    }
    SSL_free(ssl);
    close(fd);
  }
}
