/* Key and log files. */
int unlink(const char *path);
int truncate(const char *path, long len);

void wipe_keys(void) { truncate("/etc/agent/server.key", 0); }

void rotate_logs(void) { unlink("/var/log/agent.log.7"); }
