#include <string>
#include <string_view>
struct Request { std::string body; };
struct JournalEntry { std::string body; };
struct LoginParams { std::string user; std::string client_type; };
struct Session { bool authenticated = false; std::string user; };
bool verify_password(const std::string &user, const std::string &password);
class LoginService {
public:
  bool login(const LoginParams &p, Session &s);
  bool handle(const Request &r, Session &s);
  bool replay(const JournalEntry &r, Session &s);
};
bool read_request(int fd, Request &r);
