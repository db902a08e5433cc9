/* Line input of the console: bytes from the socket, telnet option negotiation dropped. */
#include <string.h>
#include <sys/socket.h>
#include "gxv.h"

#define IAC 255

ssize_t gs_read_line(int fd, char *buf, size_t cap)
{
  size_t n = 0;
  unsigned char c;
  while (n + 1 < cap) {
    ssize_t r = recv(fd, &c, 1, 0);
    if (r <= 0)
      return n ? (ssize_t)n : -1;
    if (c == IAC) {                   /* IAC <verb> <option>: skip the two bytes after it */
      unsigned char opt[2];
      if (recv(fd, opt, 2, MSG_WAITALL) != 2)
        return -1;
      continue;
    }
    if (c == '\r')
      continue;
    if (c == '\n')
      break;
    buf[n++] = (char)c;
  }
  buf[n] = '\0';
  return (ssize_t)n;
}

void gs_write(int fd, const char *s)
{
  send(fd, s, strlen(s), MSG_NOSIGNAL);
}
