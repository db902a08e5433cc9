// vpn.hpp - corporate VPN client daemon (IKEv2 + TLS control channel)
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

typedef struct dh_st DH;
typedef struct ssl_ctx_st SSL_CTX;
typedef struct evp_pkey_st EVP_PKEY;

namespace vpn {

using Bytes = std::vector<uint8_t>;

enum class DhGroup { Modp1024 = 2, Modp2048 = 14, Corp = 250 };

struct Profile {
  std::string name;
  std::string gateway;
  std::string user;
  Bytes wrapped_credentials;
  DhGroup group = DhGroup::Modp2048;
  int esp_suite = 0;
};

struct ChildSa {
  uint32_t spi = 0;
  Bytes enc_key;
  Bytes auth_key;
};

DH *make_dh(DhGroup g);
SSL_CTX *control_channel_ctx(const Profile &p);
bool profile_unlock(const Profile &p, const std::string &password, Bytes &out);
int esp_install(const ChildSa &sa, int suite);
bool verify_gateway_auth(EVP_PKEY *gw_key, const Bytes &signed_octets, const Bytes &sig);
void sa_dump(const ChildSa &sa);

}  // namespace vpn
