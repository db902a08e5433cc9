#include <openssl/evp.h>
#include <openssl/rand.h>
#include <vector>
namespace app {
class Vault {
public:
  Vault();
  int seal(unsigned char *out, const unsigned char *in, int n);
private:
  std::vector<unsigned char> key_;
  const unsigned char *iv_;
};
class Session {
public:
  Session();
  int seal(unsigned char *out, const unsigned char *in, int n);
  void fingerprint(unsigned char *h, unsigned int *hl);
private:
  unsigned char key_[32];
};
class Kms {
public:
  Kms();
  int seal(unsigned char *out, const unsigned char *in, int n);
private:
  unsigned char key_[16]{};
};
} // namespace app
