/* A protocol parser: the same helpers, with nothing behind them. */
#include <string.h>

long recv(int fd, void *buf, size_t n, int flags);
int str_has_pair(const char *p);
int str_ends_crlf(const char *p, size_t n);
int system(const char *cmd);

int count_smileys(int fd, int *count) {
  char line[256];
  long n = recv(fd, line, sizeof line - 1, 0);
  if (n <= 0) return -1;
  line[n] = 0;
  if (str_has_pair(line))
    ++*count;
  return 0;
}

int read_command(int fd, char *line, size_t cap) {
  long n = recv(fd, line, cap - 1, 0);
  if (n <= 0) return -1;
  line[n] = 0;
  if (!str_ends_crlf(line, (size_t)n))
    return -1;
  return 0;
}
