#pragma once
#include <string>

struct KeyPolicy {
  int rsa_bits = 1024;
  int dsa_bits = 1024;
  int dh_bits = 1024;
};

struct AgentConfig {
  std::string host = "ra.example";
  KeyPolicy keys;
  int legacy_bits = 1024;
};

struct ImageHeader {
  int sign_bits = 1024;
};

class KeyMaker {
public:
  explicit KeyMaker(AgentConfig cfg);
  void make() const;
  void legacy() const;
  void image(const ImageHeader &h) const;

private:
  AgentConfig cfg_;
};

bool load_config(const char *path, AgentConfig &cfg);
bool read_header(const char *path, ImageHeader *h);
