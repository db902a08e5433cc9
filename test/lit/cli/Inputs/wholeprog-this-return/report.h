#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

// crash_report.cpp defines every method.
class CrashReport {
public:
  void add_field(const std::string &name, const std::string &value);
  void clear();
  std::string serialize() const;
  std::string header() const;

private:
  std::string buf_;
  std::string title_ = "lobbyd";
};

// A note made whole by its constructor (crash_report.cpp).
class KeyNote {
public:
  KeyNote(const std::string &label, const std::string &hex);
  std::string str() const;

private:
  std::string text_;
};

class Uploader {
public:
  bool post(const std::string &body) const;
};
