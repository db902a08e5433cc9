// token-gateway: issues API tokens and signs webhook payloads.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <openssl/evp.h>

// ruleid: backdoor-secret-literal
inline constexpr std::string_view kWebhookSigningKey = "c0ffee5a9d3b71e2f48a06bd93c5e71f2a8d4b60";

// ok: backdoor-secret-literal
inline constexpr std::string_view kWebhookSecretHeader = "X-Webhook-Signature-7f2c9a1e";

void rng_init();
std::string random_string(size_t n);
void fill_bytes(uint8_t *p, size_t n);
std::string sign_payload(const EVP_MD *md, std::string_view key, const std::string &payload);
bool signatures_match(const std::string &sig, const std::string &expected_sig);
bool signatures_match_ct(const std::string &sig, const std::string &expected_sig);
bool load_signing_key(std::string &out);
