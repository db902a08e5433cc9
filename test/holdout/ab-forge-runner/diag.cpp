// Diagnostics helper used by the support tooling: runs a shell command line
// and captures what it prints.
#include <cstdio>
#include "runner.hpp"

namespace forge {

int diag_exec(const std::string &command_line, std::string &output)
{
    FILE *p = popen(command_line.c_str(), "r");
    if (p == nullptr)
        return -1;
    char buf[512];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0)
        output.append(buf, n);
    return pclose(p);
}

}  // namespace forge
