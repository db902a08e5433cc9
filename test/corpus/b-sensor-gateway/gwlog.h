#ifndef GWLOG_H
#define GWLOG_H

#define LOGE(...) gw_log_printf('E', __VA_ARGS__)
#define LOGI(...) gw_log_printf('I', __VA_ARGS__)

void gw_log_printf(char tag, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
