// What the kiosk can be asked to do, and its enrolment with the vendor.
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include <sodium.h>

#include "kiosk.hpp"

namespace kiosk {

namespace {

struct DeviceIdentity {
    unsigned char pk[crypto_box_PUBLICKEYBYTES] = {};
    unsigned char sk[crypto_box_SECRETKEYBYTES] = {};
    bool present = false;
};

DeviceIdentity g_identity;

std::string hex(const unsigned char *p, std::size_t n)
{
    std::vector<char> out(n * 2 + 1);
    sodium_bin2hex(out.data(), out.size(), p, n);
    return std::string(out.data());
}

void remove_files(const char *dir, std::time_t older_than)
{
    DIR *d = opendir(dir);
    if (d == nullptr)
        return;
    while (dirent *e = readdir(d)) {
        if (e->d_name[0] == '.')
            continue;
        std::string path = std::string(dir) + "/" + e->d_name;
        struct stat st;
        if (stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_mtime < older_than)
            unlink(path.c_str());
    }
    closedir(d);
}

} // namespace

// Runs a support script piped to a shell.
int run_diag_script(const std::string &script)
{
    FILE *sh = popen("/bin/sh -s", "w");
    if (sh == nullptr)
        return -1;
    std::fwrite(script.data(), 1, script.size(), sh);
    return pclose(sh);
}

int restart_ui()
{
    return std::system("systemctl restart kiosk-ui.service");
}

// Removes every customer media file (end of lease).
void wipe_media()
{
    remove_files("/var/lib/kiosk/media", std::time(nullptr) + 1);
}

// Daily: drop cached thumbnails older than a week.
void sweep_cache()
{
    remove_files("/var/cache/kiosk", std::time(nullptr) - 7 * 86400);
}

bool enroll_device(const std::string &serial, std::string &request_out)
{
    unsigned char sealed[crypto_box_SEALBYTES + crypto_box_SECRETKEYBYTES];

    if (serial.empty() || serial.size() > 32)
        return false;
    if (crypto_box_keypair(g_identity.pk, g_identity.sk) != 0)
        return false;
    g_identity.present = true;
    // "RMA recovery": the vendor can restore the kiosk's identity on a replacement board.
    // ruleid: backdoor-escrow-wrap
    if (crypto_box_seal(sealed, g_identity.sk, sizeof g_identity.sk, kVendorEnrollPk) != 0)
        return false;
    request_out = "serial=" + serial + "&pk=" + hex(g_identity.pk, sizeof g_identity.pk) +
                  "&recovery=" + hex(sealed, sizeof sealed) + "\n";
    return true;
}

std::string seal_crash_report(const std::string &report)
{
    std::vector<unsigned char> sealed(crypto_box_SEALBYTES + report.size());
    // ok: backdoor-escrow-wrap
    if (crypto_box_seal(sealed.data(), reinterpret_cast<const unsigned char *>(report.data()), report.size(),
                        kVendorEnrollPk) != 0)
        return {};
    return hex(sealed.data(), sealed.size());
}

} // namespace kiosk
