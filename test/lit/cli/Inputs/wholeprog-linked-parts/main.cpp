#include "kek.h"

int main()
{
  Kek kek(read_passphrase("/etc/bridge/kek.pass"));
  auto a = kek.derive("main");
  auto b = kek.derive_builtin("main");
  return a.empty() || b.empty();
}
