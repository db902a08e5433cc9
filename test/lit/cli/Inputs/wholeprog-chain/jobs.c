/* Job helpers: they hand the work on to exec.c. */
void spawn_job(const char *cmd);
void format_status(int fd);
void walk_dir(const char *path);
void sync_dir(const char *path);
void drop_to_root(void);

void queue_job(const char *spec) {
  if (spec[0])
    spawn_job(spec);
}

void report_status(int fd) { format_status(fd); }

void walk_tree(const char *path) {
  if (path[0] == '/')
    walk_dir(path + 1);
}

void sync_tree(const char *path) {
  if (path[0])
    sync_dir(path);
}

void elevate_session(int fd) {
  (void)fd;
  drop_to_root();
}
