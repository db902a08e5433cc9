// Secrets of a project header that several units include (secret-literal-header.c).
#pragma once
#define SNMP_DEFAULT_AUTH_KEY "9c4f0e1d7a3b5e82f6a1c0d49b7e3f25"
static const char *const kWebhookSigningKey = "c0ffee5a9d3b71e2f48a06bd93c5e71f2a8d4b60";
static const unsigned char kRecordKey[16] = {0x4f, 0x1c, 0x9a, 0x72, 0xe3, 0x0b, 0x5d, 0x88,
                                             0x21, 0xc6, 0x7e, 0x94, 0x3a, 0xf0, 0x17, 0x6b};
struct device_defaults {
  const char *name;
  const char *api_token;
};
static const struct device_defaults kDefaults = {"sensor", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg=="};
// Not secrets: a header name, a public key's fingerprint, a build hash.
#define WEBHOOK_SECRET_HEADER "X-Webhook-Signature"
static const char *const kSigningPublicKeyFingerprint = "9f86d081884c7d659a2feaa0c55ad015";
static const char *const kBuildHash = "a8f5f167f44f4964e6c998dee827110c";
