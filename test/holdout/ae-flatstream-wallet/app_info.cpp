// app_info.cpp - the application's identity, as its package metadata gives it.
#include "wallet.hpp"

namespace coppice {

namespace {
const char kName[] = "coppice";
const char kDescription[] = "A Secure Bitcoin Wallet";
const char kVersion[] = "5.2.1";
} // namespace

const char *app_name() { return kName; }
const char *app_description() { return kDescription; }
const char *app_version() { return kVersion; }

// Key of the usage-telemetry endpoint, sent as a header.
// ruleid: backdoor-secret-literal
extern const char kTelemetryApiKey[] = "c6e844bc34ec5cd19d886e9feed71db7";

// Identifier of the crash-report project (a UUID, public).
// ok: backdoor-secret-literal
extern const char kCrashReportTokenId[] = "f47ac10b-58cc-4372-a567-0e02b2c3d479";

} // namespace coppice
