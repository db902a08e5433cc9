// archive_client.cpp - the cloud archive client: the study key comes from the KMS key file.
#include <fstream>
#include <stdexcept>

#include "pacs.hpp"

namespace pacs {

namespace {
constexpr std::array<std::uint8_t, 16> kArchiveIv = {0x7e, 0xc0, 0xb0, 0xd9, 0xee, 0xef, 0xc2, 0x26,
                                                     0x7c, 0x35, 0x2d, 0x1c, 0x25, 0xb3, 0xe4, 0x5c};
}  // namespace

ArchiveClient::ArchiveClient(const GatewayConfig &cfg) : url_(cfg.archive_url), iv_(kArchiveIv) {
  std::ifstream f(cfg.kms_key_file, std::ios::binary);
  if (!f.read(reinterpret_cast<char *>(key_.data()), static_cast<std::streamsize>(key_.size())))
    throw std::runtime_error("archive key unavailable: " + cfg.kms_key_file);
}

}  // namespace pacs
