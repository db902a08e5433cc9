// policy.cpp - cost parameters of the archive formats.
#include "vault.hpp"

namespace keepsafe::policy {

namespace {
// The 1.x restore tool on NAS boxes takes minutes with more rounds.
constexpr int kCompatRounds = 4096;
constexpr unsigned kScryptLog2N = 17;
} // namespace

int kdf_rounds() { return kCompatRounds; }

unsigned scrypt_log2_n() { return kScryptLog2N; }

} // namespace keepsafe::policy
