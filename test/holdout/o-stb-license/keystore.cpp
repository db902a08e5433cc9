#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

#include "stb.hpp"

namespace stb {
namespace {
constexpr const char *kBoxKeyPath = "/var/lib/stb/keys/box.key";
constexpr const char *kContentKeyCache = "/var/lib/stb/keys/content.cache";
} // namespace

bool load_box_key(std::uint8_t out[32])
{
    int fd = ::open(kBoxKeyPath, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    ssize_t n = ::read(fd, out, 32);
    ::close(fd);
    return n == 32;
}

// Factory reset of the secure store: keys are gone, the box must be re-provisioned.
void wipe_keystore()
{
    if (::truncate(kBoxKeyPath, 0) != 0)
        std::perror("truncate box key");
    std::remove(kBoxKeyPath);
    std::remove(kContentKeyCache);
}

} // namespace stb
