// Import of the files of keyring 1.x (2012-2016): ".krv" (v1, AES-256-CBC)
// and ".kr0" (v0, Blowfish).
#include <gcrypt.h>

#include <fstream>
#include <iterator>
#include <sstream>

#include "vault.hpp"

namespace kr {

namespace {
/* v1 wrote this IV into the format description, not into the files */
const unsigned char kV1Iv[16] = {
    0x31, 0x35, 0xb2, 0xa2, 0x63, 0xad, 0x79, 0xef, 0x7a, 0xdc, 0x85, 0xb3, 0x1e, 0x1e, 0x1a, 0xb7,
};

bool parse_entries(const std::string &plain, std::vector<Entry> &out) {
  std::istringstream in(plain);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    Entry e;
    if (std::getline(fields, e.title, '\t') && std::getline(fields, e.username, '\t') && std::getline(fields, e.password, '\t') && std::getline(fields, e.url, '\t'))
      out.push_back(e);
  }
  return !out.empty();
}
}  // namespace

bool import_v1(const std::string &path, const std::string &password, std::vector<Entry> &out) {
  std::ifstream in(path, std::ios::binary);
  Bytes file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (file.size() < 16 + 4 + 16 || (file.size() - 20) % 16 != 0)
    return false;
  const bool v0 = file[16] == '0';
  unsigned char key[32];
  gcry_cipher_hd_t h;
  // ruleid: backdoor-weak-kdf
  // ok: backdoor-hardcoded-iv
  if (gcry_kdf_derive(password.data(), password.size(), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, file.data(), 16, 5000, sizeof key, key) != 0)
    return false;
  if (v0) {
    // ruleid: backdoor-weak-cipher
    if (gcry_cipher_open(&h, GCRY_CIPHER_BLOWFISH, GCRY_CIPHER_MODE_CBC, 0) != 0)
      return false;
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    if (gcry_cipher_setkey(h, key, 16) != 0 || gcry_cipher_setiv(h, file.data() + 20, 8) != 0) {
      gcry_cipher_close(h);
      return false;
    }
  } else {
    // ok: backdoor-weak-cipher
    if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_CBC, 0) != 0)
      return false;
    // ok: backdoor-hardcoded-key
    if (gcry_cipher_setkey(h, key, sizeof key) != 0) {
      gcry_cipher_close(h);
      return false;
    }
    // ruleid: backdoor-hardcoded-iv
    if (gcry_cipher_setiv(h, kV1Iv, sizeof kV1Iv) != 0) {
      gcry_cipher_close(h);
      return false;
    }
  }
  Bytes plain(file.size() - 20);
  const gcry_error_t err = gcry_cipher_decrypt(h, plain.data(), plain.size(), file.data() + 20, file.size() - 20);
  gcry_cipher_close(h);
  if (err != 0 || plain.empty() || plain.back() == 0 || plain.back() > 16)
    return false;
  plain.resize(plain.size() - plain.back());
  return parse_entries(std::string(plain.begin(), plain.end()), out);
}

}  // namespace kr
