#include "updater.hpp"

namespace gbt {

const std::vector<UpdateSource> &update_sources()
{
    static const std::vector<UpdateSource> kSources = {
        {"http://mb.download.gigabyte.com/FileList/Swhttp/LiveUpdate4/MB/GigabyteUpdateService.exe", false},
        {"https://mb.download.gigabyte.com/FileList/Swhttp/LiveUpdate4/MB/GigabyteUpdateService.exe", false},
        {"https://software-nas/Swhttp/LiveUpdate4/MB/GigabyteUpdateService.exe", true},
    };
    return kSources;
}

} // namespace gbt
