#include "svc.hpp"
#include <spawn.h>
#include <sys/wait.h>
extern char **environ;
int Updater::launch(const std::string &path, const std::vector<std::string> &args) const {
  std::vector<char *> argv{const_cast<char *>(path.c_str())};
  for (const std::string &a : args) argv.push_back(const_cast<char *>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid;
  return posix_spawn(&pid, path.c_str(), nullptr, nullptr, argv.data(), environ);
}
