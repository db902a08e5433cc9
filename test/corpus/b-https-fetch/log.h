#ifndef FETCH_LOG_H
#define FETCH_LOG_H

enum fetch_log_level { FLOG_DEBUG = 0, FLOG_INFO, FLOG_WARN, FLOG_ERROR };

void fetch_log_set_level(enum fetch_log_level lvl);
void log_msg(enum fetch_log_level lvl, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
