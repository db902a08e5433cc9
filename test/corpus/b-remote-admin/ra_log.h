#ifndef RA_LOG_H
#define RA_LOG_H

#define RA_LOG(...) ra_log_write(__func__, __VA_ARGS__)

void ra_log_write(const char *func, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
