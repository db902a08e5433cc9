#ifndef WLOG_H
#define WLOG_H

#define WLOG(lvl, ...) wallet_log((lvl), __FILE__, __LINE__, __VA_ARGS__)

enum { W_ERROR = 1, W_INFO = 2, W_TRACE = 3 };

void wallet_log(int lvl, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
