/* gxv-telnetd: maintenance console of an HD IP camera (rebuilt for study). */
#ifndef GXV_H
#define GXV_H

#include <stddef.h>
#include <netinet/in.h>
#include <sys/types.h>

#define GXV_LINE 256

ssize_t gs_read_line(int fd, char *buf, size_t cap);
void    gs_write(int fd, const char *s);

int     gs_spawn_shell(int fd);

int     auth_load(const char *path);
int     auth_check(const char *user, const char *password);
int     auth_set_password(const char *user, const char *password);

void    session_run(int fd, const struct sockaddr_in *peer);

#endif
