// Where the replica key comes from: the development key, or the file the HSM export tool writes.
#include "ledger.hpp"

#include <array>
#include <fstream>
#include <iterator>

namespace ledger {
namespace {

// ruleid: backdoor-secret-literal
constexpr std::array<std::uint8_t, 32> kReplicaBootstrapKey = {0x53, 0x4a, 0x58, 0xcb, 0xf9, 0x36, 0x95, 0x6b, 0x0d, 0x18, 0x75, 0x89, 0x08, 0xda, 0xd7, 0x90, 0x30, 0x0b, 0x7d, 0x31, 0xf8, 0x3f, 0x5e, 0xa9, 0xaa, 0xe8, 0xb4, 0x49, 0x4b, 0x2e, 0x0a, 0x24};

} // namespace

Bytes StaticKeySource::key() const {
  return Bytes(kReplicaBootstrapKey.begin(), kReplicaBootstrapKey.end());
}

std::string StaticKeySource::name() const {
  return "bootstrap";
}

FileKeySource::FileKeySource(std::string path) : path_(std::move(path)) {}

Bytes FileKeySource::key() const {
  std::ifstream in(path_, std::ios::binary);
  Bytes k((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (k.size() != 32)
    k.clear();
  return k;
}

std::string FileKeySource::name() const {
  return "file:" + path_;
}

} // namespace ledger
