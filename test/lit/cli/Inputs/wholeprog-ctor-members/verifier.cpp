#include "verifier.h"
#include <utility>

LegacyVerifier::LegacyVerifier(std::string key) : key_(std::move(key)), md_(EVP_sha1()) {}

Verifier::Verifier(std::string key) : key_(std::move(key)), md_(EVP_sha256()) {}

Blob::Blob(std::string bytes) : data_(std::move(bytes)) {}
