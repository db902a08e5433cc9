#include <vector>
using Bytes = std::vector<unsigned char>;
class KeyManager {
public:
  KeyManager();
  const Bytes &data_key() const { return dek_; }
  const Bytes &request_nonce() const { return nonce_; }

private:
  Bytes dek_;
  Bytes nonce_;
};
class Backup {
public:
  explicit Backup(const KeyManager &km) : km_(km) {}
  void dump_debug_keys() const;
  void trace_request() const;

private:
  const KeyManager &km_;
};
