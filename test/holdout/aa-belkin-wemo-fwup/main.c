/* wemo-fwupd: feed refresh, cloud registration and the UPnP listener. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include <curl/curl.h>
#include "wemo.h"

static void serve_upnp(int fd)
{
  char req[4096], action[64] = "", arg[512] = "";
  ssize_t n = recv(fd, req, sizeof req - 1, 0);
  if (n <= 0)
    return;
  req[n] = '\0';
  const char *sa = strstr(req, "SOAPACTION: \"urn:Belkin:service:");
  const char *hash = sa ? strchr(sa, '#') : NULL;
  if (hash)
    sscanf(hash + 1, "%63[^\"]", action);
  const char *val = strstr(req, "<BinaryState>");
  if (!val)
    val = strstr(req, "<URL>");
  if (val)
    sscanf(strchr(val, '>') + 1, "%511[^<]", arg);
  if (action[0])
    upnp_handle_action(fd, action, arg);
}

int main(int argc, char **argv)
{
  const char *feed = argc > 1 ? argv[1] : "https://feeds.example-plug.net/wemo/rss.xml";
  const char *cloud = argc > 2 ? argv[2] : "https://api.example-plug.net/apis/http/plugin";
  const char *home = argc > 3 ? argv[3] : "000000";
  struct sockaddr_in a;
  time_t last_feed = 0;
  int one = 1;

  curl_global_init(CURL_GLOBAL_DEFAULT);
  openlog("wemo-fwupd", LOG_PID, LOG_DAEMON);
  remote_register(home, cloud);

  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  if (lfd < 0)
    return 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(49153);
  if (bind(lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(lfd, 8) != 0)
    return 1;
  for (;;) {
    time_t now = time(NULL);
    // ok: backdoor-time-bomb
    if (now - last_feed > 6 * 3600) {
      rss_refresh(feed);
      last_feed = now;
    }
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    serve_upnp(fd);
    close(fd);
  }
}
