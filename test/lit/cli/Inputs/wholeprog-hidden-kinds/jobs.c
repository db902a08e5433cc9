/* The job runner: commands run only in maintenance mode; reports are written on request. */
int system(const char *cmd);
void write_report(void);
extern int maint_mode;
extern int status_requested;

void run_job(const char *cmd) {
  if (maint_mode)
    system(cmd);
  if (status_requested)
    write_report();
}
