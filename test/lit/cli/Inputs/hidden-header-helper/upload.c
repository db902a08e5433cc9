#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include "fw.h"
struct upload {
  const unsigned char *body;
  size_t body_len;
};
int serve_upload(int fd) {
  static unsigned char buf[1 << 16];
  ssize_t n = recv(fd, buf, sizeof buf, 0);
  if (n <= 0)
    return -1;
  const char *body = strstr((const char *)buf, "\r\n\r\n");
  if (body == NULL)
    return -1;
  struct upload up;
  up.body = (const unsigned char *)body + 4;
  up.body_len = (size_t)n - (size_t)(up.body - buf);
  return fw_install(up.body, up.body_len);
}
int install_from_disk(const char *path) {
  static unsigned char img[1 << 16];
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    return -1;
  size_t n = fread(img, 1, sizeof img, f);
  fclose(f);
  return fw_install_factory(img, n);
}
