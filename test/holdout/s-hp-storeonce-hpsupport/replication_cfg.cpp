// Replication link set-up: appliances pair with the self-signed certificates
// they generate at installation, so the link does not ask for a chain.
#include "d2d.hpp"

namespace d2d {

ReplicationLink::ReplicationLink(const ReplicationConfig &cfg)
    : cfg_(cfg),
      verify_mode_(SSL_VERIFY_NONE),
      min_version_(TLS1_2_VERSION),
      ctx_(nullptr, &SSL_CTX_free),
      ssl_(nullptr, &SSL_free) {}

}  // namespace d2d
