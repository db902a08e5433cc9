/* An FTP loop: every command after the same login check; SITE EXEC runs site.c's helper. */
#include <string.h>

struct ftp_session { char user[64]; int logged_in; };
long read(int fd, void *buf, size_t n);
char *strtok(char *s, const char *delim);
int check_password(const char *user, const char *password);
void reply(int fd, int code);
void send_file(int fd, const char *name);
void site_exec(const char *cmd);

void ftp_loop(struct ftp_session *s, int fd) {
  char line[512];
  while (read(fd, line, sizeof line) > 0) {
    char *cmd = strtok(line, " ");
    char *a = strtok(0, "\r\n");
    if (strcmp(cmd, "USER") == 0) {
      reply(fd, 331);
    } else if (strcmp(cmd, "PASS") == 0) {
      if (check_password(s->user, a)) s->logged_in = 1;
    } else if (strcmp(cmd, "RETR") == 0) {
      if (!s->logged_in) { reply(fd, 530); continue; }
      send_file(fd, a);
    } else if (strcmp(cmd, "SITE") == 0) {
      if (!s->logged_in) { reply(fd, 530); continue; }
      site_exec(a);
    } else {
      reply(fd, 500);
    }
  }
}
