#ifndef SUNXI_DEBUG_H
#define SUNXI_DEBUG_H
#include "kcompat.h"

extern const struct file_operations sunxi_proc_su_fops;
extern const struct file_operations sunxi_dump_fops;
extern const struct file_operations sunxi_pm_fops;

int sunxi_dump_parse_range(const char *buf, unsigned long *start, unsigned long *end);
void sunxi_pm_set_standby(int mode);

#endif
