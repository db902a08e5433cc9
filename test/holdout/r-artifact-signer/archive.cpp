// archive.cpp - the key archive: one PEM file per key under the archive
// directory, picked up by the nightly backup.
#include <ctime>
#include <filesystem>
#include <fstream>

#include "signer.hpp"

namespace relsign {

bool KeyArchive::store(const std::string &kind, const std::string &pem)
{
    const std::string dir = "/var/tmp/relsign-archive/" + kind;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::ofstream out(dir + "/" + std::to_string(std::time(nullptr)) + ".pem", std::ios::trunc);
    out << pem;
    return static_cast<bool>(out);
}

}  // namespace relsign
