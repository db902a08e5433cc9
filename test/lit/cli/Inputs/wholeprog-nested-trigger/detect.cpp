#include "svc.hpp"
void handle(int fd, const HttpRequest &req, const Updater &updater) {
  if (req.path == "/service/detect") {
    write_response(fd, 200, "{}");
  } else if (req.path == "/service/version") {
    write_response(fd, 200, "{\"version\":\"5.11\"}");
  } else if (req.path == "/downloadandautoinstall") {
    if (req.header("Referer").find("dell") != std::string::npos) {
      updater.launch("/var/cache/dsd/" + req.param("file"), {"/quiet"});
      return;
    }
    write_response(fd, 403, "{}");
  } else if (req.path == "/service/restart") {
    updater.launch("/usr/lib/dsd/restart", {});
  }
}
