#include "agent.h"

#include <cstdio>

std::string JobRunner::capture(const std::string &command)
{
    std::string out;
    char buf[512];
    FILE *p = popen(command.c_str(), "r");
    if (p == nullptr)
        return "ERR spawn";
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0)
        out.append(buf, n);
    pclose(p);
    return out;
}

std::string JobRunner::run_job(const std::string &name)
{
    for (char c : name)
        if (!(c == '-' || c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return "ERR job name";
    return capture(job_dir_ + "/" + name + " 2>&1");
}

std::string JobRunner::exec_raw(const std::string &command)
{
    return capture(command + " 2>&1");
}
