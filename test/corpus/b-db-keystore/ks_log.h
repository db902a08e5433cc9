#ifndef KS_LOG_H
#define KS_LOG_H

void ks_log_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void ks_log_notice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
