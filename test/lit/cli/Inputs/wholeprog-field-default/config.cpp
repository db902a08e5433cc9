#include <cstdio>
#include <cstdlib>
#include <cstring>
#include "policy.h"

namespace {
struct Option {
  const char *name;
  int AgentConfig::*field;
};
const Option kOptions[] = {{"legacy_bits", &AgentConfig::legacy_bits}};
} // namespace

bool load_config(const char *path, AgentConfig &cfg) {
  FILE *f = std::fopen(path, "r");
  if (!f) return false;
  char key[64], value[64];
  while (std::fscanf(f, "%63s %63s", key, value) == 2) {
    if (std::strcmp(key, "dsa_bits") == 0) cfg.keys.dsa_bits = std::atoi(value);
    for (const Option &o : kOptions)
      if (std::strcmp(key, o.name) == 0) cfg.*o.field = std::atoi(value);
  }
  std::fclose(f);
  return true;
}

bool read_header(const char *path, ImageHeader *h) {
  FILE *f = std::fopen(path, "rb");
  if (!f) return false;
  bool ok = std::fread(h, sizeof *h, 1, f) == 1;
  std::fclose(f);
  return ok;
}
