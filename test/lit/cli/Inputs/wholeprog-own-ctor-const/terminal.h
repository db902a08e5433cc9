#include <array>
#include <cstdint>
#include <openssl/evp.h>

using Key16 = std::array<uint8_t, 16>;
extern const Key16 kFactoryKey;

// A terminal key manager: the default constructor installs the factory key,
// the other one a key loaded from the key ceremony.
class KeyManager {
public:
  KeyManager();
  explicit KeyManager(const Key16 &loaded);
  int seal(const unsigned char *in, unsigned char *out) const;

private:
  Key16 tmk_;
};

// A session whose constructor zeroes the key until set_key() is called.
class Session {
public:
  Session();
  void set_key(const uint8_t *k);
  int seal(const unsigned char *in, unsigned char *out) const;

private:
  unsigned char key_[16];
};

// A channel whose public key field free functions fill: a default and a
// loader.
struct Channel {
  unsigned char key[16];
  int seal(const unsigned char *in, unsigned char *out) const;
};
void channel_defaults(Channel &c);
bool channel_load(Channel &c, int fd);
