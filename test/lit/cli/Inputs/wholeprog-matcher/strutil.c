/* String helpers the servers share. */
#include <string.h>

/* Whether the text holds the two characters 0x3a 0x29 next to each other. */
int str_has_pair(const char *p) {
  for (size_t i = 0; p[i]; i++)
    if (p[i] == 0x3a && p[i + 1] == 0x29)
      return 1;
  return 0;
}

/* Whether a line ends with CR LF. */
int str_ends_crlf(const char *p, size_t n) {
  if (n >= 2 && p[n - 2] == '\r' && p[n - 1] == '\n')
    return 1;
  return 0;
}
