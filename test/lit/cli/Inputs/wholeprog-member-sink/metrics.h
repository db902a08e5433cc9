#include <map>
#include <string>
#include <vector>

inline std::string to_hex(const std::vector<unsigned char> &b) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : b) {
    out.push_back(digits[c >> 4]);
    out.push_back(digits[c & 15]);
  }
  return out;
}

std::string key_id(const std::vector<unsigned char> &key);

class Metrics {
public:
  void tag(const std::string &name, const std::string &value);
  void remember(const std::string &name, const std::string &value);
  void flush();
  unsigned count() const;

private:
  std::map<std::string, std::string> tags_;
  std::map<std::string, std::string> local_;
  int fd_ = -1;
};
