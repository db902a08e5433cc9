#include "log.hpp"

#include <cstdlib>
#include <iostream>

namespace sess {

static const bool g_json = std::getenv("SESS_LOG_JSON") != nullptr;

void Log::emit(const char* level, const std::string& msg) {
  if (g_json)
    std::cerr << "{\"level\":\"" << level << "\",\"msg\":\"" << msg << "\"}\n";
  else
    std::cerr << level << ": " << msg << '\n';
}

void Log::debug(const std::string& msg) { emit("debug", msg); }
void Log::info(const std::string& msg) { emit("info", msg); }
void Log::warn(const std::string& msg) { emit("warn", msg); }

}  // namespace sess
