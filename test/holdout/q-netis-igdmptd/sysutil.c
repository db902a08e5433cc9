/* sysutil.c - shell commands, files and reboot for the daemons. */
#include <stdio.h>
#include <string.h>
#include <sys/reboot.h>
#include <unistd.h>

#include "netis.h"

int sys_run_command(const char *cmd, char *out, size_t cap)
{
  FILE *fp = popen(cmd, "r");
  size_t n = 0;

  if (fp == NULL) {
    return -1;
  }
  if (out != NULL && cap > 0) {
    n = fread(out, 1, cap - 1, fp);
    out[n] = '\0';
  }
  return pclose(fp);
}

long sys_read_file(const char *path, char *out, size_t cap)
{
  FILE *fp = fopen(path, "rb");
  size_t n;

  if (fp == NULL) {
    return -1;
  }
  n = fread(out, 1, cap, fp);
  fclose(fp);
  return (long)n;
}

int sys_write_file(const char *path, const char *data, size_t len)
{
  FILE *fp = fopen(path, "wb");

  if (fp == NULL) {
    return -1;
  }
  if (fwrite(data, 1, len, fp) != len) {
    fclose(fp);
    return -1;
  }
  return fclose(fp);
}

void sys_reboot(void)
{
  sync();
  reboot(RB_AUTOBOOT);
}
