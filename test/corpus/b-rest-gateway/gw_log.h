#ifndef GW_LOG_H
#define GW_LOG_H

#include <syslog.h>

void gw_log_open(const char *ident, int to_stderr);
void gw_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define GW_ERR(...) gw_log(LOG_ERR, __VA_ARGS__)
#define GW_INFO(...) gw_log(LOG_INFO, __VA_ARGS__)
#define GW_DBG(...) gw_log(LOG_DEBUG, __VA_ARGS__)

#endif
