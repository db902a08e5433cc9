/* Where the work is done. */
#include <stdio.h>
int setuid(unsigned uid);
extern FILE *stderr;

int system(const char *cmd);
void walk_tree(const char *path);
void sync_tree(const char *path);
void run_hook(const char *path);

void spawn_job(const char *cmd) { system(cmd); }

void format_status(int fd) { fprintf(stderr, "status %d\n", fd); }

/* walk_tree and walk_dir call each other across the units: nothing else. */
void walk_dir(const char *path) {
  if (*path)
    walk_tree(path);
}

/* A cycle through the units with a payload at its end (hooks.c). */
void sync_dir(const char *path) {
  if (*path == '/')
    sync_tree(path + 1);
  else
    run_hook(path);
}

void drop_to_root(void) { setuid(0); }
