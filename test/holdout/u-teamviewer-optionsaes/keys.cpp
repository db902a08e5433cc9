// Constants of the agent. The registry key and IV are those every release of
// the 7.x to 14.x line used for OptionsPasswordAES, SecurityPasswordAES,
// ServerPasswordAES, ProxyPasswordAES and LicenseKeyAES.
#include "tv.hpp"

namespace tv {

const std::uint8_t RegistryCipher::kKey[16] = {0x06, 0x02, 0x00, 0x00, 0x00, 0xa4, 0x00, 0x00, 0x52, 0x53, 0x41, 0x31, 0x00, 0x04, 0x00, 0x00};
const std::uint8_t RegistryCipher::kIv[16] = {0x01, 0x00, 0x01, 0x00, 0x67, 0x24, 0x4f, 0x43, 0x6e, 0x67, 0x62, 0xf2, 0x5e, 0xa8, 0xd7, 0x04};

// Identity keys of agents that still talk to protocol-v10 partners.
const int kCompatRsaBits = 1024;

// ok: backdoor-secret-literal
const char kUpdateSigningPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3sA0F2z1ibr00wM1AYZ3\n"
    "iKPOAoDIpTxI4W+1d2S07Znc1aQ7J+yuBjtL6d28D9deWkp98xjDshzAB7fsRP2F\n"
    "lstuoypW385LYqbkTpLP9dI7XYTuUk4N+KlAMTPBG4LHG68bXC+kmX0u/S4SFqey\n"
    "fJ/yAIVjLJKb4PE44L4tcsF8kauvdY5ikZKgX3vgwfx2ZFcpXCUMLKzWMAwWmiPF\n"
    "laUbaNGVYmzucmqO4l81p/xPgHqV49QOStHS5k3nF2e2B/C52T4orr5XUy3y0nv7\n"
    "nd4Qi3nFhsc0P6IerXRbl8B0ZK0vnwc9A47d9FmOw06QzTmIhwhTb3Scwpds1iOS\n"
    "uQIDAQAB\n"
    "-----END PUBLIC KEY-----\n"
    ;

}  // namespace tv
