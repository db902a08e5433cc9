// engmode.cpp - the engineering menu: a dealer level whose code changes
// every day (derived from the VIN and the date), and the factory level
// used on the assembly line.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

#include <openssl/evp.h>

#include "daudio.hpp"

namespace daudio {
namespace {

constexpr const char *kFactoryPasscode = "8520";

int today()
{
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

}  // namespace

std::string EngineeringMenu::dealer_code_for(int yyyymmdd) const
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    std::string in = vin_ + ":" + std::to_string(yyyymmdd);
    char code[5];

    // ok: backdoor-weak-hash
    if (EVP_Digest(in.data(), in.size(), md, &len, EVP_sha256(), nullptr) != 1)
        return std::string();
    std::snprintf(code, sizeof code, "%04u", (static_cast<unsigned>(md[0]) << 8 | md[1]) % 10000u);
    return code;
}

void EngineeringMenu::start_adb() const
{
    std::system("setprop persist.sys.usb.config mtp,adb");
}

bool EngineeringMenu::unlock(const std::string &passcode)
{
    if (passcode.size() != 4)
        return false;
    // ok: backdoor-magic-credential
    if (passcode == dealer_code_for(today())) {
        level_ = Level::Dealer;
        return true;
    }
    // ruleid: backdoor-magic-credential
    // ok: backdoor-input-trigger
    if (passcode == kFactoryPasscode) {
        level_ = Level::Factory;
        start_adb();
        return true;
    }
    return false;
}

}  // namespace daudio
