// Mock of Botan 3's key creation by name, for tests (no standard headers: the
// mocks' C headers stand in for the system's).
#pragma once
namespace Botan {
class RandomNumberGenerator;
class Private_Key {};
Private_Key *create_private_key(const char *algo_name, RandomNumberGenerator &rng,
                                const char *algo_params = "", const char *provider = "");
} // namespace Botan
