// main.cpp - backupd: read files, chunk, seal, sign the manifest, upload
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ranges>

#include <botan/auto_rng.h>
#include <botan/hash.h>

#include "backup.hpp"

namespace fs = std::filesystem;

int main(int argc, char **argv)
{
  std::vector<std::string> args(argv + 1, argv + argc);
  bool tape = std::ranges::find(args, "--tape") != args.end();
  bk::log::verbose = std::ranges::find(args, "--verbose") != args.end();
  Botan::AutoSeeded_RNG rng;
  bk::KeyVault vault(rng);
  bk::ChunkSealer sealer(tape ? bk::Format::Tape2012 : bk::Format::V3, vault.data_key(), rng);
  bk::ManifestSigner signer(rng, "/etc/backupd/manifest.key", tape);
  std::vector<std::vector<uint8_t>> objects;
  std::vector<uint8_t> manifest;

  auto is_file = [](const fs::directory_entry &e) { return e.is_regular_file(); };
  for (const auto &entry : fs::recursive_directory_iterator("/srv/data") | std::views::filter(is_file)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::vector<uint8_t> content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string id = bk::chunk_id(content);
    manifest.insert(manifest.end(), id.begin(), id.end());
    objects.push_back(sealer.seal(content));
  }
  objects.push_back(vault.escrow_blob());
  const auto sig = signer.sign(manifest);
  objects.push_back(std::vector<uint8_t>(sig.begin(), sig.end()));
  bk::log::info("objects", objects.size());
  return bk::upload("backup.example.net", objects) == 0 ? 0 : 1;
}
