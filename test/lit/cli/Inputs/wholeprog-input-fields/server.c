#include "sshd.h"

void serve_channel(ssh_channel ch) {
  struct ssh_channel_callbacks_struct cb = {.size = sizeof cb};
  cb.channel_exec_request_function = on_exec;
  ssh_set_channel_callbacks(ch, &cb);
}
