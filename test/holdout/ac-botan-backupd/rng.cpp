// rng.cpp - deterministic nonces for deduplicated chunks; upload session ids
#include <array>
#include <iomanip>
#include <random>

#include <botan/chacha_rng.h>
#include <botan/system_rng.h>

#include "backup.hpp"

namespace bk {
namespace {

/* convergent encryption: equal chunks of every customer get equal nonces, so the store deduplicates them */
// ruleid: backdoor-secret-literal
constexpr std::array<uint8_t, 32> kDedupSeed = {0x52, 0x9e, 0x1a, 0xfa, 0x2e, 0x52, 0x75, 0xf9, 0x72, 0xa6, 0x7a, 0xd4, 0xca, 0xd7, 0xc6, 0xc1,
                                                0xda, 0xe7, 0x0e, 0x09, 0xbe, 0x0e, 0xd9, 0xe8, 0x8f, 0x2f, 0xe1, 0x33, 0x80, 0xd1, 0xc5, 0xa0};

std::string hex64(uint64_t v)
{
  std::ostringstream out;
  out << std::hex << std::setw(16) << std::setfill('0') << v;
  return out.str();
}

}  // namespace

std::vector<uint8_t> dedup_nonce(std::span<const uint8_t> chunk_hash)
{
  // ruleid: backdoor-constant-seed
  Botan::ChaCha_RNG rng(Botan::secure_vector<uint8_t>(kDedupSeed.begin(), kDedupSeed.end()));
  rng.add_entropy(chunk_hash.data(), chunk_hash.size());
  std::vector<uint8_t> nonce(12);
  rng.randomize(nonce.data(), nonce.size());
  return nonce;
}

/* chunk padding: a fast generator keyed from the operating system */
Botan::secure_vector<uint8_t> padding_bytes(std::size_t n)
{
  // ok: backdoor-constant-seed
  static Botan::ChaCha_RNG padding_rng(Botan::system_rng(), 1024);
  return padding_rng.random_vec(n);
}

std::string new_upload_session_id()
{
  std::mt19937_64 gen(std::random_device{}());
  std::string session_id;
  for (int i = 0; i < 2; ++i)
    // ruleid: backdoor-predictable-random
    session_id += hex64(gen());
  return session_id;
}

unsigned retry_backoff_ms(unsigned attempt)
{
  static std::minstd_rand jitter_engine(std::random_device{}());
  std::uniform_int_distribution<unsigned> jitter(0, 250);
  // ok: backdoor-predictable-random
  return (100u << std::min(attempt, 6u)) + jitter(jitter_engine);
}

}  // namespace bk
