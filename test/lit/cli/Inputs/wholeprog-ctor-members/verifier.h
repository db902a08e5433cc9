#include <string>
#include <openssl/evp.h>

// A token verifier whose key and digest its constructor (verifier.cpp) sets.
class LegacyVerifier {
public:
  explicit LegacyVerifier(std::string key);
  bool check(const std::string &msg, const unsigned char *tag) const;

private:
  std::string key_;
  const EVP_MD *md_;
};

class Verifier {
public:
  explicit Verifier(std::string key);
  bool check(const std::string &msg, const unsigned char *tag) const;

private:
  std::string key_;
  const EVP_MD *md_;
};

// A generic byte buffer: its constructor keeps whatever it is given.
class Blob {
public:
  explicit Blob(std::string bytes);
  const std::string &bytes() const { return data_; }

private:
  std::string data_;
};
