#include "vault.h"
#include <cstdio>

Sealer::Sealer() : key_(kVaultMasterKey) {}

FileSealer::FileSealer(const char *path) {
  FILE *f = fopen(path, "rb");
  if (f) {
    fread(key_.data(), 1, key_.size(), f);
    fclose(f);
  }
}
