#ifndef MLOG_H
#define MLOG_H

#include <stddef.h>

enum mlog_level { LOG_LVL_TRACE, LOG_LVL_INFO, LOG_LVL_ERROR };

void log_line(enum mlog_level lvl, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void log_hex(enum mlog_level lvl, const char *label, const unsigned char *buf, size_t len);

#endif
