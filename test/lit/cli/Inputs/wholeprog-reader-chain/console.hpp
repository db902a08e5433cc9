#include <string>
struct Conn {
  int fd;
  bool recv_line(std::string &out) const;
  void send_line(const std::string &s) const;
};
struct Command { std::string word, args; };
struct Session { bool rcon_authed = false; };
bool read_command(const Conn &c, Command &out);
int run_script(const std::string &script);
bool verify_rcon_password(const std::string &given);
void dispatch(const Conn &c, Session &s, const Command &cmd);
