#ifndef TLOG_H
#define TLOG_H

#define TLOG_WARN(...) tlog_write("WARN", __VA_ARGS__)
#define TLOG_INFO(...) tlog_write("INFO", __VA_ARGS__)

void tlog_write(const char *lvl, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
