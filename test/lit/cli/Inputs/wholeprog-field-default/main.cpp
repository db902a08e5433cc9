#include "policy.h"

int main(int argc, char **argv) {
  AgentConfig cfg;
  if (argc > 1) load_config(argv[1], cfg);
  KeyMaker m(cfg);
  m.make();
  m.legacy();
  ImageHeader h;
  if (argc > 2 && read_header(argv[2], &h)) m.image(h);
  return 0;
}
