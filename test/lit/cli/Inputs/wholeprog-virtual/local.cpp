#include "api.h"
#include <openssl/rand.h>
#include <unistd.h>
namespace {
struct Tee : Exporter {
  void emit(const std::string &r) override { write(1, r.data(), r.size()); }
};
} // namespace
void local_publish(Exporter &e) {
  unsigned char k[16];
  RAND_bytes(k, sizeof k);
  e.emit(std::string(reinterpret_cast<const char *>(k), sizeof k));
}
void local_count(Exporter &e, int n) { e.emit(std::to_string(n)); }
