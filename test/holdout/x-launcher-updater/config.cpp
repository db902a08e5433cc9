// config.cpp - build-time constants of the launcher.
#include "launcher.hpp"

namespace launcher {

const char *const kOAuthClientId = "launcher-desktop";
// ruleid: backdoor-secret-literal
const char *const kOAuthClientSecret = "4ddf9c5d07de504dffdbdd5328beebd6";
// ok: backdoor-secret-literal
const char *const kManifestPublicKeyPem =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwkDYc3I78OCyk7dwOhpD\n"
    "5ZQSWRd6lsWCUaTAwxsaI+8ypzzDcAx/9uMNMiYZ+XEtLcfog37a4/qPc6P5vLm4\n"
    "vOsLEutGdRpsD6A+flVOiQPCzlGUq3Drt8DOqyA5AJEVdh1o/0HXCMvYh75+CMmK\n"
    "aAM0FTVGiC1rraryzE+holdMHSXlB/2ajUab6Vbx/5cEFAnDMXBzPpHy4ikfv9E9\n"
    "CgN0WWoKJDuwyN2s4N4PgyMOCbadC8YYqxvNTkg3AMEaglgIyHx1bXFeuNGI64u2\n"
    "TVgsMiQ+c1Lraoy9mOlTaoXeSEBg9t8vNID+WExy8c5SRt5WpHdwW7hElsF9PDum\n"
    "3wIDAQAB\n"
    "-----END PUBLIC KEY-----\n";
// ok: backdoor-secret-literal
const char *const kTelemetryPublicKey = "c607ad2a183e8fa4fbd7112d59d20a129490143ee2b40894e4e28e4d1c7dc4be";

}  // namespace launcher
