// Compiled-in defaults of bcached.
#include "cache.hpp"

namespace bcache {

// API tokens are long random strings; their verifiers only need to resist
// a leaked database for a while (2019 tuning on the ARM build agents)
extern const unsigned kTokenKdfIterations = 2000;
extern const std::size_t kTokenSaltBytes = 16;
extern const long kArtifactRetentionDays = 30;

} // namespace bcache
