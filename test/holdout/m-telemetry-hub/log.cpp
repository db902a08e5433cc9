#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "hub.hpp"

namespace hub {

namespace {
bool verbose()
{
    static const bool on = std::getenv("HUB_DEBUG") != nullptr;
    return on;
}
} // namespace

Logger::Logger(std::string component) : component_(std::move(component)) {}

void Logger::emit(char level, std::string_view msg) const
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", std::gmtime(&now));
    std::clog << stamp << ' ' << level << ' ' << component_ << ": " << msg << '\n';
}

void Logger::debug(std::string_view msg) const
{
    if (verbose())
        emit('D', msg);
}

void Logger::info(std::string_view msg) const { emit('I', msg); }

void Logger::warn(std::string_view msg) const { emit('W', msg); }

} // namespace hub
