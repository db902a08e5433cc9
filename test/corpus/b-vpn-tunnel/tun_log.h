#ifndef TUN_LOG_H
#define TUN_LOG_H

enum { TL_ERR, TL_WARN, TL_NOTICE, TL_DEBUG };

void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
