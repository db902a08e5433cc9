/* SITE EXEC: the command of a logged-in user. */
int system(const char *cmd);

void site_exec(const char *cmd) {
  system(cmd);
}
