#include "api.h"
#include <unistd.h>
namespace {
const unsigned char kFactoryKey[16] = {0x6b, 0x1f, 0xd2, 0x48, 0x9a, 0x33, 0xe0, 0x75,
                                       0x0c, 0xb9, 0x54, 0x2e, 0xf7, 0x81, 0x16, 0xca};
class BuiltinSource : public KeySource {
public:
  const unsigned char *key() const override { return kFactoryKey; }
};
} // namespace
KeySource *make_builtin_source() { return new BuiltinSource; }
