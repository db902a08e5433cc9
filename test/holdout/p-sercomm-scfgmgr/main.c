/*
 * main.c - entry of the multi-call binary; each daemon is a symlink
 * (/usr/sbin/scfgmgr, /usr/sbin/ft_tool, /usr/sbin/httpd, /usr/sbin/upnpd).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

#include "sc_common.h"

void sc_log(int prio, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsyslog(prio, fmt, ap);
	va_end(ap);
}

int main(int argc, char *argv[])
{
	const char *base = strrchr(argv[0], '/');

	base = base ? base + 1 : argv[0];
	openlog(base, LOG_PID, LOG_DAEMON);
	nvram_load("/tmp/nvram.bin");

	// ok: backdoor-input-trigger
	if (strcmp(base, "scfgmgr") == 0)
		return scfgmgr_main(argc, argv);
	else if (strcmp(base, "ft_tool") == 0)
		return ft_tool_main(argc, argv);
	else if (strcmp(base, "httpd") == 0)
		return httpd_main(argc, argv);
	else if (strcmp(base, "upnpd") == 0)
		return upnpd_main(argc, argv);

	fprintf(stderr, "%s: applet not found\n", base);
	return 127;
}
