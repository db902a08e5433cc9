// main.cpp - gzcloudd
#include <cstdio>
#include <string>
#include <vector>

#include "gz.hpp"

namespace gz {
bool upload_private_clip(S3Client &s3, const std::string &device, const std::vector<uint8_t> &clip);
}

int main(int argc, char **argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gzcloudd DEVICE-ID CLIP\n");
    return 2;
  }
  gz::S3Client s3(gz::builtin_credentials());
  std::vector<uint8_t> clip;
  if (std::FILE *f = std::fopen(argv[2], "rb")) {
    unsigned char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
      clip.insert(clip.end(), buf, buf + n);
    std::fclose(f);
  }
  gz::Pairing pairing;
  std::printf("token %s\n", pairing.device_token().c_str());
  if (!gz::upload_private_clip(s3, argv[1], clip))
    s3.put_clip(std::string(argv[1]) + "/clip.mp4", clip);
  gz::alert_send("owner@example.org", "Motion detected");
  return 0;
}
