/*
 *   Unreal Internet Relay Chat Daemon, src/ircd.c
 *   Copyright (C) 1990 Jarkko Oikarinen and
 *                      University of Oulu, Computing Center
 *
 *   This program is free software; you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation; either version 1, or (at your option)
 *   any later version.
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "h.h"

#define IRCD_CONF "unrealircd.conf"
#define SPATH "/usr/local/bin/ircd"

struct ircd_conf iConf;
aClient me;
time_t timeofday;
char **myargv;
static int debuglevel = -1;
static FILE *logfile;

void debug(int level, const char *form, ...)
{
	va_list vl;

	if (level > debuglevel || !logfile)
		return;
	va_start(vl, form);
	vfprintf(logfile, form, vl);
	va_end(vl);
	fputc('\n', logfile);
	fflush(logfile);
}

void ircd_log(const char *form, ...)
{
	char buf[1024];
	va_list vl;

	va_start(vl, form);
	vsnprintf(buf, sizeof(buf), form, vl);
	va_end(vl);
	syslog(LOG_NOTICE, "%s", buf);
	if (logfile)
		fprintf(logfile, "[%ld] %s\n", (long)timeofday, buf);
}

void server_reboot(const char *mesg)
{
	aClient *cptr;

	ircd_log("Restarting server... %s", mesg);
	for (cptr = client; cptr; cptr = cptr->next)
		if (cptr->fd >= 0)
			close_connection(cptr);
	closelog();
	execv(SPATH, myargv);
	ircd_log("Failed to restart: %s", SPATH);
	exit(-1);
}

void s_die(void)
{
	aClient *cptr;

	for (cptr = client; cptr; cptr = cptr->next)
		if (cptr->fd >= 0)
			exit_client(cptr, "Server Terminating");
	exit(0);
}

static char *dupstr(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);

	if (d)
		memcpy(d, s, n);
	return d;
}

/* A deliberately small subset of the 3.2 configuration grammar: key = value; */
static int load_conf(const char *path)
{
	char line[512], *key, *val, *end;
	FILE *f = fopen(path, "r");
	ConfigItem_oper *oper;

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
	{
		if ((end = strchr(line, ';')))
			*end = '\0';
		key = strtok(line, " \t=");
		val = strtok(NULL, " \t=\"\r\n");
		if (!key || !val || *key == '#')
			continue;
		if (!strcmp(key, "me::name"))
			iConf.me_name = dupstr(val);
		else if (!strcmp(key, "set::network-name"))
			iConf.network_name = dupstr(val);
		else if (!strcmp(key, "set::ssl::server-cipher-list"))
			iConf.server_cipher_list = dupstr(val);
		else if (!strcmp(key, "set::ssl::certificate"))
			iConf.ssl_certificate = dupstr(val);
		else if (!strcmp(key, "set::ssl::key"))
			iConf.ssl_key = dupstr(val);
		else if (!strcmp(key, "set::cloak-keys::1"))
			iConf.cloak_key1 = dupstr(val);
		else if (!strcmp(key, "set::cloak-keys::2"))
			iConf.cloak_key2 = dupstr(val);
		else if (!strcmp(key, "set::cloak-keys::3"))
			iConf.cloak_key3 = dupstr(val);
		else if (!strcmp(key, "drpass::restart"))
		{
			if (!iConf.drpass)
				iConf.drpass = calloc(1, sizeof(*iConf.drpass));
			if (iConf.drpass)
				iConf.drpass->restart = dupstr(val);
		}
		else if (!strcmp(key, "oper"))
		{
			char *pw = strtok(NULL, " \t\"\r\n");

			if (!pw || !(oper = calloc(1, sizeof(*oper))))
				continue;
			oper->name = dupstr(val);
			oper->password = dupstr(pw);
			oper->auth_type = pw[0] == '$' ? 1 : 0;
			oper->next = iConf.opers;
			iConf.opers = oper;
		}
	}
	fclose(f);
	return 0;
}

int main(int argc, char *argv[])
{
	const char *conf = IRCD_CONF;
	int opt, port = 6667;

	myargv = argv;
	while ((opt = getopt(argc, argv, "f:x:p:")) != -1)
	{
		switch (opt)
		{
		case 'f': conf = optarg; break;
		case 'x': debuglevel = atoi(optarg); break;
		case 'p': port = atoi(optarg); break;
		default:
			fprintf(stderr, "usage: ircd [-f config] [-x debuglevel] [-p port]\n");
			return 1;
		}
	}
	openlog("ircd", LOG_PID, LOG_DAEMON);
	if (debuglevel >= 0)
		logfile = fopen("ircd.log", "a");
	if (load_conf(conf) < 0)
	{
		fprintf(stderr, "ircd: cannot read %s\n", conf);
		return 1;
	}
	if (!iConf.cloak_key1 || !iConf.cloak_key2 || !iConf.cloak_key3)
	{
		fprintf(stderr, "ircd: set::cloak-keys missing\n");
		return 1;
	}
	snprintf(me.name, sizeof(me.name), "%s", iConf.me_name ? iConf.me_name : "irc.localhost");
	me.status = STAT_ME;
	me.fd = -1;
	if (!iConf.network_name)
		iConf.network_name = dupstr("ROXnet");
#ifdef USE_SSL
	if (init_ssl() < 0)
		ircd_log("SSL support disabled: initialisation failed");
#endif
	if (add_listener(port) < 0)
	{
		fprintf(stderr, "ircd: cannot listen on %d\n", port);
		return 1;
	}
	for (;;)
	{
		timeofday = time(NULL);
		read_message(1);
	}
}
