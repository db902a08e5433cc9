#include "report.h"
#include <sys/socket.h>

void CrashReport::add_field(const std::string &name, const std::string &value)
{
  buf_ += name;
  buf_ += '=';
  buf_ += value;
  buf_ += '\n';
}

void CrashReport::clear() { buf_.clear(); }

std::string CrashReport::serialize() const { return "lobbyd-crash/1\n" + buf_; }

std::string CrashReport::header() const { return title_; }

bool Uploader::post(const std::string &body) const
{
  return send(3, body.data(), body.size(), 0) == static_cast<ssize_t>(body.size());
}

KeyNote::KeyNote(const std::string &label, const std::string &hex) : text_(label + ":" + hex) {}

std::string KeyNote::str() const { return text_; }
