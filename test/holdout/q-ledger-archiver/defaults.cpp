// defaults.cpp - built-in defaults used when ledger.conf leaves a value out.
#include "archiver.h"

namespace ledger {

// AES-256 key (32 characters) for account-number tokens
// ruleid: backdoor-secret-literal
extern const char kDefaultTokenKey[] = "65eec9bd294d20d0fef42f6cf9df19e1";

extern const char kArchiveRoot[] = "/srv/ledger/archive";

} // namespace ledger
