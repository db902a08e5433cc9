// Interfaces whose implementations live in other units.
#pragma once
#include <string>
class Exporter {
public:
  virtual ~Exporter() = default;
  virtual void emit(const std::string &record) = 0;
};
Exporter *make_stderr_exporter();
std::string to_hex(const unsigned char *p, unsigned long n);

class KeySource {
public:
  virtual ~KeySource() = default;
  virtual const unsigned char *key() const = 0;
};
KeySource *make_builtin_source();

class Vault {
public:
  virtual ~Vault() = default;
  virtual const unsigned char *secret() const = 0;
};
Vault *open_vault(int fd);
