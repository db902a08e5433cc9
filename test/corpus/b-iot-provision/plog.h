#ifndef PLOG_H
#define PLOG_H

#define PLOG_E 0
#define PLOG_I 1

void prov_log(int lvl, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
