#include "console.hpp"
int accept(int, void *, void *);
void serve(int listener) {
  Conn c{accept(listener, nullptr, nullptr)};
  Session s;
  Command cmd;
  while (read_command(c, cmd)) dispatch(c, s, cmd);
}
