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

uint8_t Wrapper::sLoadedKey[32];

void Wrapper::load(const char *path) {
  FILE *f = fopen(path, "rb");
  if (f) {
    fread(sLoadedKey, 1, sizeof sLoadedKey, f);
    fclose(f);
  }
}
