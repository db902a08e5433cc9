// logger.cpp - the server log
#include <ctime>
#include <fstream>
#include <iostream>
#include <mutex>

#include "host.hpp"

namespace wikid {
namespace {
std::mutex g_mu;
Logger::Level g_level = Logger::Level::Info;
}  // namespace

void Logger::set_level(Level l)
{
  std::lock_guard<std::mutex> lock(g_mu);
  g_level = l;
}

void Logger::emit(Level l, const std::string &line)
{
  static std::ofstream file("/var/log/wikid/server.log", std::ios::app);
  static const char *const names[] = {"ERROR", "WARN", "INFO", "DEBUG"};
  std::lock_guard<std::mutex> lock(g_mu);
  if (static_cast<int>(l) > static_cast<int>(g_level))
    return;
  std::ostream &out = file ? static_cast<std::ostream &>(file) : std::clog;
  out << std::time(nullptr) << ' ' << names[static_cast<int>(l)] << ' ' << line << '\n';
  out.flush();
}

}  // namespace wikid
