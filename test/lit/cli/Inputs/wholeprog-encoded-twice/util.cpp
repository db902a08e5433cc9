#include <string>
std::string hex(const unsigned char *p, unsigned long n) {
  static const char d[] = "0123456789abcdef";
  std::string s;
  for (unsigned long i = 0; i < n; i++) {
    s.push_back(d[p[i] >> 4]);
    s.push_back(d[p[i] & 15]);
  }
  return s;
}
