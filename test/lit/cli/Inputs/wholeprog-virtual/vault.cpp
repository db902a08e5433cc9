#include "api.h"
#include <unistd.h>
namespace {
class FileVault : public Vault {
public:
  explicit FileVault(int fd) { read(fd, buf_, sizeof buf_); }
  const unsigned char *secret() const override { return buf_; }

private:
  unsigned char buf_[16];
};
} // namespace
Vault *open_vault(int fd) { return new FileVault(fd); }
