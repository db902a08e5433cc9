// wallet-core wasm/src/Random.cpp (before 3.1.1): the WebAssembly build has no
// /dev/urandom, so the platform hook was written with <random>.
#include "rand.h"

#include <algorithm>
#include <random>

#include <sys/random.h>

extern "C" {

void random_buffer(uint8_t* buf, size_t len) {
  std::mt19937 rng(std::random_device{}());
  std::generate_n(buf, len, [&rng]() -> uint8_t { return rng() & 0x000000ff; });
}

uint32_t random32(void) {
  std::mt19937 rng(std::random_device{}());
  return rng();
}

}  // extern "C"

// The native (iOS/Android) hook: the kernel's CSPRNG, result checked.
class NativeRandom {
 public:
  static bool fill(uint8_t* out, size_t len) {
    size_t done = 0;
    while (done < len) {
      // ok: backdoor-predictable-random
      ssize_t n = getrandom(out + done, len - done, 0);
      if (n <= 0)
        return false;
      done += static_cast<size_t>(n);
    }
    return true;
  }
};

bool native_random_buffer(uint8_t* buf, size_t len) { return NativeRandom::fill(buf, len); }
