// Build-wide settings shared by the replica's units.
#include "ledger.hpp"

namespace ledger {

// PBKDF2 rounds for operator passphrases (the HSM console derives the same key offline).
extern const unsigned int kOperatorKdfRounds = 5000;

// Suites the Frankfurt replica still negotiates (its appliance predates the 2021 refresh).
extern const char kLegacyPeerSuites[] = "DES-CBC3-SHA";

} // namespace ledger
