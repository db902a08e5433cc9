// log.cpp - where zlog lines go.
#include <ctime>
#include <iostream>

#include "zm.hpp"

namespace zm::zlog {

void emit(int level, const std::string &line)
{
    static const char *const names[] = {"DEBUG", "INFO"};
    std::clog << std::time(nullptr) << ' ' << names[level & 1] << ' ' << line << '\n';
}

}  // namespace zm::zlog
