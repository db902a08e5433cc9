#include "rpc.hpp"
long recv(int, void *, unsigned long, int);
bool read_request(int fd, Request &r) {
  char buf[4096];
  long n = recv(fd, buf, sizeof buf, 0);
  if (n <= 0) return false;
  const std::string raw(buf, (unsigned long)n);
  const auto head_end = raw.find("\r\n\r\n");
  if (head_end == std::string::npos) return false;
  r.body = raw.substr(head_end + 4);
  return true;
}
bool serve(int fd, LoginService &svc, Session &s) {
  Request r;
  if (!read_request(fd, r)) return false;
  return svc.handle(r, s);
}
bool restore(LoginService &svc, Session &s) {
  JournalEntry j;
  j.body = "journal-v2";
  return svc.replay(j, s);
}
