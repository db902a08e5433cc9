#ifndef GW_LOG_H
#define GW_LOG_H

#include <syslog.h>

void gw_log_init(const char *ident, int foreground);
void gw_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define LOG_DBG(...)  gw_log(LOG_DEBUG, __VA_ARGS__)
#define LOG_INF(...)  gw_log(LOG_INFO, __VA_ARGS__)
#define LOG_WRN(...)  gw_log(LOG_WARNING, __VA_ARGS__)
#define LOG_FAIL(...) gw_log(LOG_ERR, __VA_ARGS__)

#endif
