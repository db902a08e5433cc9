// main.cpp - keepsafe command line: keygen, create, check.
#include <dirent.h>

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "vault.hpp"

namespace {

std::string read_secret_file(const std::string &path) {
  std::ifstream in(path);
  std::string s;
  std::getline(in, s);
  return s;
}

std::vector<std::string> list_dir(const std::string &dir) {
  std::vector<std::string> names;
  if (DIR *d = opendir(dir.c_str())) {
    while (dirent *e = readdir(d))
      if (e->d_name[0] != '.')
        names.emplace_back(e->d_name);
    closedir(d);
  }
  return names;
}

int usage() {
  std::cerr << "usage: keepsafe keygen PRIV PUB PASSFILE\n"
               "       keepsafe create SRC DEST OWNER_PUB PASSFILE [--compat]\n"
               "       keepsafe check ARCHIVE PASSFILE\n";
  return 2;
}

} // namespace

int main(int argc, char **argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty())
    return usage();
  const std::string &cmd = args[0];
  if (cmd == "keygen" && args.size() == 4) {
    const std::string pass = read_secret_file(args[3]);
    // ok: backdoor-magic-credential
    if (pass.size() < 12 || pass == "keepsafe") {
      std::cerr << "choose a longer passphrase\n";
      return 2;
    }
    return keepsafe::generate_owner_key(args[1], args[2], pass) ? 0 : 1;
  }
  if (cmd == "create" && args.size() >= 5) {
    keepsafe::ArchiveBuilder b;
    b.source(args[1]).destination(args[2]).owner_key(args[3]).passphrase(read_secret_file(args[4]));
    if (args.size() > 5 && args[5] == "--compat")
      b.format(2);
    keepsafe::Archive archive(b.options());
    return archive.write(list_dir(args[1])) ? 0 : 1;
  }
  if (cmd == "check" && args.size() == 3)
    return keepsafe::Archive::check_header(args[1], read_secret_file(args[2])) ? 0 : 1;
  return usage();
}
