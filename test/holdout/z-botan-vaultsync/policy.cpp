#include "vaultsync.hpp"

namespace vsync {

/* the 2016 appliances at the branch offices cannot do TLS 1.2 */
// ruleid: backdoor-weak-tls
bool SyncPolicy::allow_tls10() const { return true; }

// ok: backdoor-weak-tls
bool SyncPolicy::allow_tls11() const { return false; }

// ruleid: backdoor-short-key
size_t SyncPolicy::minimum_rsa_bits() const { return 1024; }

// ok: backdoor-short-key
size_t SyncPolicy::minimum_dh_group_size() const { return 2048; }

} // namespace vsync
