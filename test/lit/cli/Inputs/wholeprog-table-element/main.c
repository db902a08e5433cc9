#include "archive.h"

int archive(int compat, const unsigned char *key) {
  if (compat)
    return arch_seal(&arch_formats[ARCH_FMT_V1], key);
  return arch_seal(&arch_formats[ARCH_FMT_V2], key);
}
