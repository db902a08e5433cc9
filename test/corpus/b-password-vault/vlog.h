#ifndef VLOG_H
#define VLOG_H

void vault_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
