// Log file of the agent (TeamViewer15_Logfile.log).
#include <ctime>
#include <fstream>

#include "tv.hpp"

namespace tv {

void Logger::write(const char *tag, const std::string &msg) {
  std::ofstream out(path_, std::ios::app);
  char when[32];
  const std::time_t now = std::time(nullptr);
  std::strftime(when, sizeof when, "%Y/%m/%d %H:%M:%S", std::localtime(&now));
  // ok: backdoor-key-exfiltration
  out << when << ' ' << tag << ' ' << msg << '\n';
}

void Logger::info(const std::string &msg) { write("I", msg); }

void Logger::debug(const std::string &msg) {
  if (level >= 5)
    write("D", msg);
}

}  // namespace tv
