#include <stdio.h>
#include <stdlib.h>
#include "pump.h"
int g_service_mode;
int g_trace_mode;
int console_exec(const char *line) {
  if (!g_service_mode)
    return -1;
  return system(line);
}
void trace(const char *msg) {
  if (g_trace_mode)
    fprintf(stderr, "%s\n", msg);
}
