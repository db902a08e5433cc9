#include "console.hpp"
long recv(int, void *, unsigned long, int);
long send(int, const void *, unsigned long, int);
bool Conn::recv_line(std::string &out) const {
  out.clear();
  char ch;
  while (recv(fd, &ch, 1, 0) == 1) {
    if (ch == '\n') return true;
    out.push_back(ch);
  }
  return false;
}
void Conn::send_line(const std::string &s) const { send(fd, s.data(), s.size(), 0); }
