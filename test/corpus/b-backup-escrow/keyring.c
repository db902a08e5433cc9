#include "backup.h"
#include "blog.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>

#include <openssl/pem.h>

int keyring_load(const char *dir, EVP_PKEY **keys, int max) {
  DIR *d = opendir(dir);
  struct dirent *de;
  int n = 0;

  if (d == NULL) {
    blog_error("keyring %s not readable", dir);
    return -1;
  }
  while (n < max && (de = readdir(d)) != NULL) {
    char path[1024];
    size_t len = strlen(de->d_name);
    FILE *f;
    if (len < 5 || strcmp(de->d_name + len - 4, ".pub") != 0)
      continue;
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    f = fopen(path, "r");
    if (f == NULL)
      continue;
    keys[n] = PEM_read_PUBKEY(f, NULL, NULL, NULL);
    fclose(f);
    if (keys[n] != NULL)
      n++;
    else
      blog_error("skipping unreadable key %s", path);
  }
  closedir(d);
  return n;
}
