#ifndef FWLOG_H
#define FWLOG_H

#include <syslog.h>

void fw_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
