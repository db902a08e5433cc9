#pragma once
#include <functional>
#include <string>
class Tunnel {
public:
  using LogFn = std::function<void(int, const std::string &)>;
  void set_log_fn(LogFn fn) { log_fn_ = std::move(fn); }
  bool rekey();
  void status();
private:
  LogFn log_fn_;
};
std::string to_hex(const unsigned char *p, unsigned n);
