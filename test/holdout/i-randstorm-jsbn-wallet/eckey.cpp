// Bitcoin.ECKey: a new key is 32 bytes from SecureRandom reduced mod n.
#include "rng.hpp"

#include <cstdio>
#include <memory>
#include <string>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/obj_mac.h>
#include <openssl/rand.h>

struct EcKeyFree {
  void operator()(EC_KEY* k) const { EC_KEY_free(k); }
};
using EcKeyPtr = std::unique_ptr<EC_KEY, EcKeyFree>;

EcKeyPtr eckey_generate_legacy() {
  static SecureRandom rng;
  std::vector<uint8_t> bytes(32);
  rng.nextBytes(bytes);
  EcKeyPtr key(EC_KEY_new_by_curve_name(NID_secp256k1));
  BIGNUM* priv = BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr);
  const BIGNUM* n = EC_GROUP_get0_order(EC_KEY_get0_group(key.get()));
  BN_CTX* ctx = BN_CTX_new();
  BN_mod(priv, priv, n, ctx);
  // ruleid: backdoor-predictable-random
  EC_KEY_set_private_key(key.get(), priv);
  EC_POINT* pub = EC_POINT_new(EC_KEY_get0_group(key.get()));
  EC_POINT_mul(EC_KEY_get0_group(key.get()), pub, priv, nullptr, nullptr, ctx);
  EC_KEY_set_public_key(key.get(), pub);
  EC_POINT_free(pub);
  BN_free(priv);
  BN_CTX_free(ctx);
  return key;
}

// The 2015+ path: keys from the system CSPRNG.
EcKeyPtr eckey_generate() {
  EcKeyPtr key(EC_KEY_new_by_curve_name(NID_secp256k1));
  // ok: backdoor-predictable-random, backdoor-short-key
  if (!key || EC_KEY_generate_key(key.get()) != 1)
    return nullptr;
  return key;
}

int main(int argc, char** argv) {
  const bool legacy = argc > 1 && std::string(argv[1]) == "--legacy";
  EcKeyPtr k = legacy ? eckey_generate_legacy() : eckey_generate();
  std::printf("%s\n", k ? "generated" : "failed");
  return k ? 0 : 1;
}
