/* libssh's channel callbacks (callbacks.h), trimmed. */
#include <stddef.h>
typedef struct ssh_session_struct *ssh_session;
typedef struct ssh_channel_struct *ssh_channel;
typedef int (*ssh_channel_exec_request_callback)(ssh_session session, ssh_channel channel,
                                                 const char *command, void *userdata);
struct ssh_channel_callbacks_struct {
  size_t size;
  void *userdata;
  ssh_channel_exec_request_callback channel_exec_request_function;
};
int ssh_set_channel_callbacks(ssh_channel channel, struct ssh_channel_callbacks_struct *cb);
int on_exec(ssh_session s, ssh_channel ch, const char *command, void *ud);
int on_exec_local(ssh_session s, ssh_channel ch, const char *command, void *ud);
