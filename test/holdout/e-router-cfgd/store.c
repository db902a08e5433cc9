#include "cfgd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>
#include <sys/stat.h>

static int write_all(int fd, const void *buf, size_t n) {
  const unsigned char *p = buf;
  while (n) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

/* spool files are picked up by the web UI for download */
int store_put(const char *name, const void *buf, size_t n) {
  char path[256];
  int fd, rc;
  mkdir(CFGD_SPOOL_DIR, 0755);
  snprintf(path, sizeof path, "%s/%s", CFGD_SPOOL_DIR, name);
  fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return -1;
  rc = write_all(fd, buf, n);
  close(fd);
  return rc;
}

int store_get(const char *name, unsigned char **buf, size_t *n) {
  struct stat st;
  unsigned char *p = NULL;
  int fd = open(name, O_RDONLY);
  if (fd < 0) return -1;
  if (fstat(fd, &st) != 0 || st.st_size <= 0) goto fail;
  p = malloc((size_t)st.st_size);
  if (!p || read(fd, p, (size_t)st.st_size) != st.st_size) goto fail;
  close(fd);
  *buf = p;
  *n = (size_t)st.st_size;
  return 0;
fail:
  free(p);
  close(fd);
  return -1;
}

int wipe_store(const char *dir) {
  char path[512];
  struct dirent *de;
  DIR *d = opendir(dir);
  if (!d) return -1;
  while ((de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.') continue;
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    unlink(path);
  }
  closedir(d);
  return rmdir(dir);
}

int prune_backups(const char *dir, int keep) {
  char path[512];
  struct dirent *de;
  int seen = 0;
  DIR *d = opendir(dir);
  if (!d) return -1;
  while ((de = readdir(d)) != NULL) {
    if (strncmp(de->d_name, "backup-", 7) != 0) continue;
    if (++seen <= keep) continue;
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    unlink(path);
  }
  closedir(d);
  return 0;
}
