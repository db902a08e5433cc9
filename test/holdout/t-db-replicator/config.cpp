// walship.conf: "key = value" lines.
#include <fstream>
#include <sstream>

#include "repl.hpp"

namespace walship {

ReplConfig load_config(const std::string &path)
{
    ReplConfig cfg;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream l(line);
        std::string key, eq, value;
        if (!(l >> key >> eq >> value) || eq != "=")
            continue;
        if (key == "primary_host")
            cfg.primary_host = value;
        else if (key == "primary_port")
            cfg.primary_port = value;
        else if (key == "ca_file")
            cfg.ca_file = value;
        else if (key == "standby_secret_file")
            cfg.standby_secret_file = value;
        else if (key == "dba_recovery_pub")
            cfg.dba_recovery_pub = value;
        else if (key == "tls_keylog")
            cfg.keylog_path = value;
        else if (key == "archive_dir")
            cfg.archive_dir = value;
    }
    return cfg;
}

} // namespace walship
