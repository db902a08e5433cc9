// hid_device.cpp - the headset's HID interface (volume, mute, hook switch).
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <unistd.h>

#include "bridge.hpp"

namespace hsb {

bool HidDevice::open_first() {
  DIR *d = opendir("/dev");
  if (!d)
    return false;
  while (struct dirent *e = readdir(d)) {
    std::string name = e->d_name;
    if (name.rfind("hidraw", 0) != 0)
      continue;
    fd_ = ::open(("/dev/" + name).c_str(), O_RDWR | O_NONBLOCK);
    if (fd_ >= 0)
      break;
  }
  closedir(d);
  return fd_ >= 0;
}

bool HidDevice::send_report(uint8_t id, const std::vector<uint8_t> &data) {
  std::vector<uint8_t> r;
  r.push_back(id);
  r.insert(r.end(), data.begin(), data.end());
  return fd_ >= 0 && ::write(fd_, r.data(), r.size()) == static_cast<ssize_t>(r.size());
}

// USB re-enumeration after a dock change: back off with jitter.
void HidDevice::reconnect_loop(int attempts) {
  for (int i = 0; i < attempts && !open_first(); i++) {
    // ok: backdoor-predictable-random
    int jitter_ms = std::rand() % 250;
    usleep(static_cast<useconds_t>((200 << (i < 5 ? i : 5)) + jitter_ms) * 1000);
  }
}

} // namespace hsb
