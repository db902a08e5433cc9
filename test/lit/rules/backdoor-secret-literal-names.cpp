// RUN: %run-both --checks=backdoor-secret-literal %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Names are matched on their words too: camelCase and PascalCase split
// ("kBackupKeyHex" is k_backup_key_hex), and std::string keys of a map.
#include <mock/std.h>

namespace std {
template <class K, class V> class map {
public:
  V &operator[](K &&k);
  V &operator[](const K &k);
};
}

// ruleid: backdoor-secret-literal
static const char *kBackupKeyHex = "6f1c2b9ad07e4435a8c2e19f0b7d3a56";
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: variable 'kBackupKeyHex' holds a hex string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
// ruleid: backdoor-secret-literal
static const unsigned char gDeviceKeyBytes[16] = {0x3a, 0x91, 0x0c, 0xe7, 0x55, 0x2b, 0xd8, 0x14,
// CHECK-MESSAGES: :[[@LINE-1]]:50: warning: variable 'gDeviceKeyBytes' holds 16 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
                                                  0x6e, 0xa3, 0x7f, 0x09, 0xc2, 0x48, 0xbd, 0x61};
// ruleid: backdoor-secret-literal
#define VAULT_UNSEAL_KEY_B64 "Zr8Qm2LxVt0pWc9HnJ4sYk7Ba1DfGu6E"
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: macro 'VAULT_UNSEAL_KEY_B64' holds a base64-like string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]

// ok: backdoor-secret-literal
static const char *kUploadKeyId = "6f1c2b9ad07e4435a8c2e19f0b7d3a56";
// ok: backdoor-secret-literal
static const unsigned char kVendorPublicKey[16] = {0x3a, 0x91, 0x0c, 0xe7, 0x55, 0x2b, 0xd8, 0x14,
                                                   0x6e, 0xa3, 0x7f, 0x09, 0xc2, 0x48, 0xbd, 0x61};
// A counting sequence is a test pattern, not a random-looking key.
// ok: backdoor-secret-literal
static const unsigned char kSimulatorKey[16] = {0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
                                                0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f};
// ok: backdoor-secret-literal
static const char *kKeyboardLayout = "6f1c2b9ad07e4435a8c2e19f0b7d3a56";

// A key type with a destructor: its temporaries are bound (CXXBindTemporaryExpr).
struct SettingName {
  SettingName(const char *s);
  ~SettingName();
};

void configure(std::map<SettingName, std::string> &settings) {
  // ruleid: backdoor-secret-literal
  settings["push_secret"] = "Qh7vT2kLp9XwZ4mN8bR1cY6sF3dG5jU0";
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: key 'push_secret' holds a base64-like string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
  // ok: backdoor-secret-literal
  settings["push_endpoint"] = "Qh7vT2kLp9XwZ4mN8bR1cY6sF3dG5jU0";
}

// Aggregates: a std::array of key bytes, and the fields of a table of structs
// (nested too), named by the field.
namespace std {
template <class T, unsigned long N> struct array {
  T _M_elems[N];
  const T *data() const;
};
} // namespace std
// ruleid: backdoor-secret-literal
const std::array<unsigned char, 16> kVaultMasterKey = {0x3a, 0x91, 0x5e, 0xc7, 0x0b, 0xd4, 0x68, 0x2f, 0xe1, 0x7c, 0x93, 0x46, 0xb8, 0x0a, 0x55, 0xdd};
// CHECK-MESSAGES: :[[@LINE-1]]:55: warning: variable 'kVaultMasterKey' holds 16 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
// ok: backdoor-secret-literal
const std::array<unsigned char, 16> kVaultLayout = {0x3a, 0x91, 0x5e, 0xc7, 0x0b, 0xd4, 0x68, 0x2f, 0xe1, 0x7c, 0x93, 0x46, 0xb8, 0x0a, 0x55, 0xdd};
struct KeyMaterial {
  unsigned char key[16];
  unsigned char iv[16];
};
struct KeySlot {
  const char *name;
  KeyMaterial mat;
  int alg;
};
const KeySlot kSlots[1] = {
    // ruleid: backdoor-secret-literal
    {"default", {{0xa1, 0x5f, 0x3c, 0xe8, 0x72, 0x0d, 0x96, 0xbb, 0x4e, 0x21, 0xc7, 0x58, 0xf3, 0x0a, 0x6d, 0x94},
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: field 'key' holds 16 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
                 // ok: backdoor-secret-literal
                 {0x37, 0xd2, 0x8e, 0x15, 0xa9, 0x64, 0xfb, 0x03, 0xcc, 0x71, 0x2a, 0xe6, 0x5d, 0x98, 0x40, 0xb7}},
     1},
};
// ruleid: backdoor-secret-literal
const char agent_psk_hex[] = "a3f19c27e84b6d05f2c8917e3da4b6c0";
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: variable 'agent_psk_hex' holds a hex string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]

// A constructor's member initializer, by the member's name.
class WebhookSigner {
public:
  WebhookSigner();
  explicit WebhookSigner(const char *s);

private:
  std::string legacy_secret_;
  std::string display_name_;
};
// ruleid: backdoor-secret-literal
WebhookSigner::WebhookSigner() : legacy_secret_("e8ea78a821dc108956679871c531cfeaf35020ba"), display_name_("Ab3dE9fG7hJ2kL5mN8pQ4rS6tU1vW0xY") {}
// CHECK-MESSAGES: :[[@LINE-1]]:49: warning: field 'legacy_secret_' holds a hex string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
// ok: backdoor-secret-literal
WebhookSigner::WebhookSigner(const char *s) : legacy_secret_(s), display_name_("webhook") {}

// Key-encryption, data-encryption and content-encryption keys by their
// abbreviations (a drive's default KEK); not a word that only contains them.
// ruleid: backdoor-secret-literal
static const unsigned char kDefaultKek[16] = {0x01, 0x98, 0x7f, 0x92, 0x77, 0xcf, 0xe1, 0xe8,
// CHECK-MESSAGES: :[[@LINE-1]]:46: warning: variable 'kDefaultKek' holds 16 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
                                              0x8f, 0xe2, 0x70, 0xfe, 0x06, 0x7c, 0xfc, 0x96};
// ok: backdoor-secret-literal
static const unsigned char kKekuleRing[16] = {0x3a, 0x91, 0x0c, 0xe7, 0x55, 0x2b, 0xd8, 0x14,
                                              0x6e, 0xa3, 0x7f, 0x09, 0xc2, 0x48, 0xbd, 0x61};
// ok: backdoor-secret-literal
static const char *kCheckedSpec = "6f1c2b9ad07e4435a8c2e19f0b7d3a56";
