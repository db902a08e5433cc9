#pragma once

#include <string>

namespace chatd {

class Logger {
 public:
  enum class Level { Debug, Info, Warn, Error };
  virtual ~Logger() = default;
  virtual void write(Level lvl, const std::string& msg) = 0;

  void debug(const std::string& msg) { write(Level::Debug, msg); }
  void info(const std::string& msg) { write(Level::Info, msg); }
  void warn(const std::string& msg) { write(Level::Warn, msg); }
  void error(const std::string& msg) { write(Level::Error, msg); }
};

class StderrLogger final : public Logger {
 public:
  explicit StderrLogger(Level min) : min_(min) {}
  void write(Level lvl, const std::string& msg) override;

 private:
  Level min_;
};

}  // namespace chatd
