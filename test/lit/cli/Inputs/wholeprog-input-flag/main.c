#include "pump.h"
void serve(int fd) {
  uint8_t frame[256];
  int n;
  while ((n = link_read_frame(fd, frame, sizeof frame)) > 0)
    handle_frame(frame, (size_t)n);
}
