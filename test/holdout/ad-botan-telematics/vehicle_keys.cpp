// Keys provisioned into every TCU image of the platform.
#include "telematics.hpp"

namespace tcu {

// SecOC master key of the powertrain domain (CMAC, AES-128).
// ruleid: backdoor-secret-literal
extern const std::array<uint8_t, 16> kSecOcMasterKey = {0x78, 0xf9, 0xd3, 0x00, 0xa4, 0x93, 0x15, 0xa1, 0xab, 0xed, 0x62, 0xe3, 0x6f, 0x0a, 0x52, 0x69};

// The OEM backend's telemetry key (RSA-2048).
// ok: backdoor-secret-literal
extern const char kOemTelemetryKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy7pv8FGO/zdVcs7MuiBQ\n"
    "MMn3qtxA90kBwskRfXYrvDQhyG0xM4f2O0Mlf5ve7WL5pLk0UiqqY+2jNPWQ0J2R\n"
    "Hxwvw0JH+fwpbeT0RH5Wd2eIUbRFPCYAcLl4yYXB9axhdCLaypHwRfEo9TTUDmms\n"
    "b1SyLjed+lp2JkSEFYkUI/DEgzKZU0E8A61esZTFRpx14mMsX72DeiKtaNGO57aQ\n"
    "omxSSn7j9+uiL/P4Zp0gprp+FHTXbWmAD7/yIMmwgq1WtSrTxyoeoRQAbDAavFR+\n"
    "ESHd5l+axjBNbBmPncVU6usg9LbJU51KJaBwhNaKOxRx0H8g8KNbWZWAfGd/kC6x\n"
    "nwIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

// The release key of over-the-air images (ECDSA P-256).
extern const char kOtaReleaseKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEpsZKrhtuMBV1vkCxJZeRKkfsCDdl\n"
    "oogUETNF/Kjd3NhZ3clIhJcfbc1Az9F3jzRGQA1Dfi7jM5zR4atKqXbVqQ==\n"
    "-----END PUBLIC KEY-----\n";

} // namespace tcu
