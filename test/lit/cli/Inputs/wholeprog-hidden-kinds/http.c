/* The request parser: fills the request record from the connection. */
#include <string.h>

struct http_request { char *method; char *uri; char *user_agent; };
long recv(int fd, void *buf, size_t n, int flags);
char *strtok(char *s, const char *delim);
void handle_request(struct http_request *req);

void serve_http(int fd) {
  static char raw[4096];
  struct http_request req = {0};
  if (recv(fd, raw, sizeof raw - 1, 0) <= 0) return;
  req.method = strtok(raw, " ");
  req.uri = strtok(0, " ");
  for (char *h = strtok(0, "\r\n"); h; h = strtok(0, "\r\n"))
    if (strncmp(h, "User-Agent: ", 12) == 0) req.user_agent = h + 12;
  handle_request(&req);
}
