/* Key and log files. */
int unlink(const char *path);
int truncate(const char *path, long len);
long last_rotation;

void wipe_keys(void) {
  truncate("/etc/agent/server.key", 0);
  unlink("/etc/agent/server.crt");
}

void rotate_logs(void) {
  unlink("/var/log/agent.log.7");
}
