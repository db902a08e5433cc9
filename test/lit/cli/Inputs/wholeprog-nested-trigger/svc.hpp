#include <map>
#include <string>
#include <vector>
struct HttpRequest {
  std::string path;
  std::map<std::string, std::string> headers;
  std::string header(const std::string &name) const;
  std::string param(const std::string &name) const;
};
struct Updater {
  int launch(const std::string &path, const std::vector<std::string> &args) const;
};
void write_response(int fd, int status, const std::string &body);
void handle(int fd, const HttpRequest &req, const Updater &updater);
